"""Wrong: Looped over the sizes but built every model with the baseline's 16 (a stale variable), so the three are the same size; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ("""    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }""",
     """    units = 16
    models = {}
    for name, size in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        models[name] = _binary(keras.layers.Dense(units, activation="relu"),
                               keras.layers.Dense(units, activation="relu"),
                               keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
    return models"""),
]
