"""Wrong: freezes the base's Conv2D and DepthwiseConv2D layers one by one instead of the whole base, leaving every BatchNormalization's gamma and beta trainable; breaks '2 trainable variables (the output's kernel and bias)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('''    base.trainable = False
    inputs = keras.Input(shape=tuple(image_shape)''',
     '''    for layer in base.layers:
        if isinstance(layer, (keras.layers.Conv2D, keras.layers.DepthwiseConv2D)):
            layer.trainable = False
    inputs = keras.Input(shape=tuple(image_shape)'''),
]
