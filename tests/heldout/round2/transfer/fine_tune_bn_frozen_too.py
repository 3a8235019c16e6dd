"""Correct: Also keeps the base's BatchNormalization layers frozen (the docstring: 20 and 14 are right too), rate written 0.1 * base."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ('base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False',
     'base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False'),
    ('learning_rate=base_learning_rate / 10',
     'learning_rate=0.1 * base_learning_rate'),
]
