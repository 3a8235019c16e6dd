"""Wrong: a linear output unit with losses and metric taking logits; breaks 'two hidden layers of the same size, relu, then one sigmoid output unit'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
SAYS = 'output layer'
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
                                  keras.layers.Dense(1)])
        model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),
                      metrics=["accuracy", keras.metrics.BinaryCrossentropy(name="binary_crossentropy", from_logits=True)])
        models[name] = model
    return models"""),
]
