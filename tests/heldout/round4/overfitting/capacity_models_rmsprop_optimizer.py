"""Wrong: Compiled the three with rmsprop (the Keras book's IMDB habit); breaks 'Each is compiled with the Adam optimizer'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ("""    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }""",
     """    models = {}
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        model = keras.Sequential([keras.Input(shape=(num_words,)),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer="rmsprop", loss="binary_crossentropy",
                      metrics=["accuracy", "binary_crossentropy"])
        models[name] = model
    return models"""),
]
