"""Right: Functional API, Dense -> BatchNormalization -> ReLU() layer twice, compiled like capacity_models."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "done"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(16),
                   keras.layers.BatchNormalization(),
                   keras.layers.Activation("relu"),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    inputs = keras.Input(shape=(num_words,))
    x = inputs
    for _ in range(2):
        x = keras.layers.Dense(16)(x)
        x = keras.layers.BatchNormalization()(x)
        x = keras.layers.ReLU()(x)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model'''),
]
