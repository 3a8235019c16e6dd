"""Wrong: Compiled its own models with the mse loss; breaks 'compiled with the Adam optimizer, the binary_crossentropy loss'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     'def capacity_models(num_words=10000):\n    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([keras.Input(shape=(num_words,)),\n                                  keras.layers.Dense(units, activation="relu"),\n                                  keras.layers.Dense(units, activation="relu"),\n                                  keras.layers.Dense(1, activation="sigmoid")])\n        model.compile(optimizer="adam", loss="mse", metrics=["accuracy", "binary_crossentropy"])\n        models[name] = model\n    return models'),
]
