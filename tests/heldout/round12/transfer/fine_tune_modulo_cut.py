"""Right: turns a negative fine_tune_at into a position with %, then sets every layer's flag by its index."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    base_model.trainable = True\n    cut = fine_tune_at % len(base_model.layers) if fine_tune_at < 0 else fine_tune_at\n    for index, layer in enumerate(base_model.layers):\n        layer.trainable = index >= cut\n    model.compile(loss=model.loss,'),
]
