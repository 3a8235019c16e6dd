"""Wrong: weights=None written in."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'weights argument'
MUTATE = [
    ('include_top=False, weights=weights)\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape)', 'include_top=False, weights=None)\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape)'),
]
