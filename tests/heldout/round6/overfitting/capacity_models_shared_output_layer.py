"""Wrong: creates the sigmoid output layer once and reuses the same layer object in the three models; breaks 'Each model ... has two hidden layers of the same size, relu, then one sigmoid output unit' (three separate models: a shared, already-built layer cannot follow hidden layers of other sizes)."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('''def capacity_models(num_words=10000):
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''def capacity_models(num_words=10000):
    output = keras.layers.Dense(1, activation="sigmoid")  # the same head for every model
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      output, num_words=num_words)'''),
]
