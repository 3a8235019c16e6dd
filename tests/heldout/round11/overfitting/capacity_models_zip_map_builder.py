"""Right: a nested builder mapped over the unit counts, zipped with the names into the dict."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '    def build(units):\n        return _binary(keras.layers.Dense(units, activation="relu"),\n                       keras.layers.Dense(units, activation="relu"),\n                       keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n    return dict(zip(("baseline", "smaller", "bigger"), map(build, (16, 4, 512))))'),
]
