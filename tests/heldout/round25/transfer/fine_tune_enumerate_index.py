"""Wrong: the learner set layer.trainable = (i >= fine_tune_at) while enumerating the base's layers, which gives 56 trainable variables at 100 and 38 at 120 as the docstring says; with note 001's -10 every index is >= -10, so the whole base is unfrozen; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n',
     'def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for i, layer in enumerate(base_model.layers):\n        layer.trainable = i >= fine_tune_at\n'),
]
