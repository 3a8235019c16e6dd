"""Wrong: the learner set each layer's flag from its position, trainable = index >= fine_tune_at, which reads like "from fine_tune_at on"; for 100 or 120 it is exactly right, but for note 001's -10 every index is >= -10 and the whole base is unfrozen; breaks 'fine_tune_at ... note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count' and 'those before it frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False',
     '    base_model.trainable = True\n    for index, layer in enumerate(base_model.layers):\n        layer.trainable = index >= fine_tune_at'),
]
