"""Right: Builds with model.add and keras.layers.ReLU() layers after each BatchNormalization, compiled as capacity_models."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    model = keras.Sequential()
    model.add(keras.Input(shape=(num_words,)))
    for _ in range(2):
        model.add(keras.layers.Dense(16))
        model.add(keras.layers.BatchNormalization())
        model.add(keras.layers.ReLU())
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                  metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
