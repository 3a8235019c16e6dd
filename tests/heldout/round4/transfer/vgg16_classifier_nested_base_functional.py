"""Right: Builds VGG16 for input_shape, freezes its first 15 layers, and calls it nested inside a functional model on a new Input."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ("""    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))
    for layer in base.layers[:15]:
        layer.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])""",
     """    base = keras.applications.VGG16(weights=weights, include_top=False, input_shape=input_shape)
    for index, layer in enumerate(base.layers):
        layer.trainable = index >= 15
    inputs = keras.Input(shape=input_shape)
    x = keras.layers.Flatten()(base(inputs))
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["acc"])"""),
]
