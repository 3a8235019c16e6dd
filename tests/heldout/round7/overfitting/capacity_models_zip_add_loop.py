"""Right: a loop over zip(names, sizes), each model built with add() and compiled with an Adam object."""
EXERCISE, VERDICT = "overfitting.capacity_models", "done"
MUTATE = [
    ("""    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }""",
     """    models = {}
    for name, units in zip(["baseline", "smaller", "bigger"], [16, 4, 512]):
        model = keras.Sequential(name=name)
        model.add(keras.Input(shape=(num_words,)))
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dense(units, activation="relu"))
        model.add(keras.layers.Dense(1, activation="sigmoid"))
        model.compile(optimizer=keras.optimizers.Adam(), loss="binary_crossentropy",
                      metrics=["accuracy", "binary_crossentropy"])
        models[name] = model
    return models"""),
]
