"""Right: Sequential built with add() in a loop, compiled as capacity_models does."""
EXERCISE, VERDICT = "overfitting.dropout_model", "done"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    model = keras.Sequential()
    model.add(keras.Input(shape=(num_words,)))
    for _ in range(2):
        model.add(keras.layers.Dense(16, activation="relu"))
        model.add(keras.layers.Dropout(rate=rate))
    model.add(keras.layers.Dense(1, activation="sigmoid"))
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
