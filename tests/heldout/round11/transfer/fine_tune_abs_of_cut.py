"""Wrong: takes abs(fine_tune_at) as the cut, so -10 freezes the first 10 layers instead of all but the last 10; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    for layer in base_model.layers[:abs(fine_tune_at)]:\n        layer.trainable = False\n    model.compile(loss=model.loss,'),
]
