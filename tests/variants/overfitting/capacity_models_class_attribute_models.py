"""Wrong: stores the three models in a class attribute dict and returns it, so a second call replaces the models in the dict the first call returned; breaks 'makes anew the models and callbacks it returns' and 'it changes neither them, nor this module's variables'."""
EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", 'an earlier call returned'
MUTATE = [
    ('''def capacity_models(num_words=10000):
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }''', '''class _Capacity:
    models = {}


def capacity_models(num_words=10000):
    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):
        _Capacity.models[name] = _binary(keras.layers.Dense(units, activation="relu"),
                                         keras.layers.Dense(units, activation="relu"),
                                         keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
    return _Capacity.models'''),
]
