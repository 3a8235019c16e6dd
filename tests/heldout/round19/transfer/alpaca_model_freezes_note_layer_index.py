"""Wrong: freezes model.layers[4] as note 002 does (the base there), but in Keras 3 that is the Dropout, so MobileNetV2 stays trainable; breaks 'MobileNetV2 without its top ... frozen' and '2 trainable variables'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('''    base.trainable = False
    inputs = keras.Input(shape=tuple(image_shape) + (3,))''', '''    inputs = keras.Input(shape=tuple(image_shape) + (3,))'''),
    ('''    model = keras.Model(inputs, outputs)
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),''', '''    model = keras.Model(inputs, outputs)
    model.layers[4].trainable = False  # note 002: model2.layers[4] is the base
    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),'''),
]
