"""Right: A Sequential with the (partly frozen) VGG16 base nested as one layer, then the head; the same 10 trainable variables."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "done"
MUTATE = [
    ('''    base = keras.applications.VGG16(weights=weights, include_top=False, input_tensor=keras.Input(shape=input_shape))
    for layer in base.layers[:15]:
        layer.trainable = False
    x = keras.layers.Flatten()(base.output)
    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs=base.input, outputs=outputs)''',
     '''    base = keras.applications.VGG16(weights=weights, include_top=False, input_shape=tuple(input_shape))
    for layer in base.layers[:15]:
        layer.trainable = False
    model = keras.Sequential([
        keras.Input(shape=tuple(input_shape)),
        base,
        keras.layers.Flatten(),
        keras.layers.Dense(256, activation="relu"),
        keras.layers.Dropout(0.5),
        keras.layers.Dense(1, activation="sigmoid"),
    ])'''),
]
