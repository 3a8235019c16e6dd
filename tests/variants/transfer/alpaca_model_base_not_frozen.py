"""Wrong: the base is not frozen, so 158 variables train."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'freeze the base'
MUTATE = [('    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape)', '    inputs = keras.Input(shape=tuple(image_shape)')]
