"""Right: sets each base layer's trainable flag from its index against the cut turned positive (len + cut when negative), and writes the rate as base_learning_rate * 0.1."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '    base_model.trainable = True\n    cut = fine_tune_at if fine_tune_at >= 0 else max(len(base_model.layers) + fine_tune_at, 0)\n    for index, layer in enumerate(base_model.layers):\n        layer.trainable = index >= cut\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate * 0.1),'),
]
