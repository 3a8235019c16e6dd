"""Wrong: turns a negative fine_tune_at into a position with len(layers) - fine_tune_at, forgetting that it is already negative, so -10 cuts past the end and freezes the whole base; right for 100 and 120; breaks 'note 001's "all but the last 10 layers" is -10, counted from the end as Python's slices count'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        '    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n',
        '    base_model.trainable = True\n    cut = fine_tune_at if fine_tune_at >= 0 else len(base_model.layers) - fine_tune_at\n    for layer in base_model.layers[:cut]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n',
    ),
]
