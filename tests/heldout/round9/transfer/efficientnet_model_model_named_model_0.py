"""Right: names the model itself "model_0", as the note calls it (keras.Model(inputs, outputs, name="model_0")); the layers and their names are unchanged."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

MUTATE = [
    (
        '    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n    model = keras.Model(inputs, outputs)\n',
        '    outputs = keras.layers.Dense(num_classes, activation="softmax", name="output_layer")(x)\n    model = keras.Model(inputs, outputs, name="model_0")\n',
    ),
]
