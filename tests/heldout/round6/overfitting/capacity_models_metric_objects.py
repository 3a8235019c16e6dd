"""Right: a loop that builds each model, compiled with optimizer and metric objects named 'accuracy' and 'binary_crossentropy'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "done"
MUTATE = [
    ('''def capacity_models(num_words=10000):
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }''',
     '''def capacity_models(num_words=10000):
    models = {}
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        model = keras.Sequential([keras.Input(shape=(num_words,)),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(units, activation="relu"),
                                  keras.layers.Dense(1, activation="sigmoid")])
        model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),
                      metrics=[keras.metrics.BinaryAccuracy(name="accuracy"),
                               keras.metrics.BinaryCrossentropy(name="binary_crossentropy")])
        models[name] = model
    return models'''),
]
