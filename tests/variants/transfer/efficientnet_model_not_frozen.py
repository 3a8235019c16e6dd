"""Wrong: the base is not frozen."""
EXERCISE, VERDICT, SAYS = "transfer.efficientnet_model", "wrong", '12,810'
MUTATE = [('    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")', '    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")')]
