"""Right: The same layers in the functional API, compiled like capacity_models."""
EXERCISE, VERDICT = "overfitting.dropout_model", "done"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.Dropout(rate=rate)(x)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate=rate)(x)
    model = keras.Model(inputs, keras.layers.Dense(1, activation="sigmoid")(x))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model'''),
]
