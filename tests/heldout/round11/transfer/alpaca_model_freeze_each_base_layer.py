"""Right: freezes every layer of the base in a loop instead of the base itself (no base variable is left trainable)."""

EXERCISE, VERDICT = "transfer.alpaca_model", "done"

MUTATE = [
    ('    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     '    for layer in base.layers:\n        layer.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))'),
]
