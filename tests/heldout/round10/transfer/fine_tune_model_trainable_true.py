"""Right: unfreezes with model.trainable = True (the whole model, base included) before freezing the base's first layers, and names the rate in a variable."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),',
     '    model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    rate = base_learning_rate / 10\n    model.compile(loss=model.loss,\n                  optimizer=model.optimizer.__class__(learning_rate=rate),'),
]
