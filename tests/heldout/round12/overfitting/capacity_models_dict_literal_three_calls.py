"""Right: writes the three models out in a dict literal through a small helper of its own."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     'def capacity_models(num_words=10000):\n    def sized(units):\n        return _binary(keras.layers.Dense(units, activation="relu"), keras.layers.Dense(units, activation="relu"),\n                       keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n    return {"baseline": sized(16), "smaller": sized(4), "bigger": sized(512)}'),
]
