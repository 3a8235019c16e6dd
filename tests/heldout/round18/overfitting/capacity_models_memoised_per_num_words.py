"""Wrong: keeps the built models in a module-level dict per num_words and hands the same (possibly trained) models back on the next call; breaks 'makes anew the models it returns'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('''def capacity_models(num_words=10000):
    return {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }
''',
     '''def capacity_models(num_words=10000):
    if num_words in _BUILT:
        return _BUILT[num_words]
    _BUILT[num_words] = {
        name: _binary(keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(units, activation="relu"),
                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)
        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))
    }
    return _BUILT[num_words]
'''),
    ('REMEDIES = (',
     '''_BUILT = {}

REMEDIES = ('''),
]
