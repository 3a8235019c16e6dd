"""Right: builds each model with linear Dense layers followed by Activation('relu') layers, in an explicit loop."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '    models = {}\n    for name, units in [("baseline", 16), ("smaller", 4), ("bigger", 512)]:\n        models[name] = _binary(keras.layers.Dense(units), keras.layers.Activation("relu"),\n                               keras.layers.Dense(units), keras.layers.Activation("relu"),\n                               keras.layers.Dense(1), keras.layers.Activation("sigmoid"),\n                               num_words=num_words)\n    return models'),
]
