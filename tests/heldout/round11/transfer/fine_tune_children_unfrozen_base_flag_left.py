"""Right: leaves base_model.trainable as it is and sets trainable=True on the layers from fine_tune_at on (Keras 3 counts a variable as trainable by its own flag, so the model trains exactly those)."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    for layer in base_model.layers[fine_tune_at:]:\n        layer.trainable = True\n    model.compile(loss=model.loss,'),
]
