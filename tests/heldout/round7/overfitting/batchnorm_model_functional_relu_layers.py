"""Right: the functional API in a loop, Dense(16) -> BatchNormalization -> ReLU layer, twice."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    inputs = keras.Input(shape=(num_words,))
    x = inputs
    for _ in range(2):
        x = keras.layers.Dense(16)(x)
        x = keras.layers.BatchNormalization()(x)
        x = keras.layers.ReLU()(x)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
