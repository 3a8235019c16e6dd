"""Right: A local builder called once per size, each model compiled with its own Adam instance at the default rate, returned in a dict literal."""
EXERCISE, VERDICT = "overfitting.capacity_models", "done"
MUTATE = [
    ("""    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }""",
     """    def build(units):
        model = keras.Sequential([
            keras.Input(shape=(num_words,)),
            keras.layers.Dense(units, activation="relu"),
            keras.layers.Dense(units, activation="relu"),
            keras.layers.Dense(1, activation="sigmoid"),
        ])
        model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001), loss="binary_crossentropy",
                      metrics=["accuracy", "binary_crossentropy"])
        return model

    return {"baseline": build(16), "smaller": build(4), "bigger": build(512)}"""),
]
