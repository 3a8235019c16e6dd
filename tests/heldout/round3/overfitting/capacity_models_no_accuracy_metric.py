"""Wrong: Compiled with only the binary_crossentropy metric, the one plot_history draws; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('''    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }''',
     '''    models = {}
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        model = keras.Sequential([keras.Input(shape=(num_words,)),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["binary_crossentropy"])
        models[name] = model
    return models'''),
]
