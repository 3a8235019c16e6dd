"""Right: Builds each model with the functional API and a dict of sizes, compiled as the note does."""
EXERCISE, VERDICT = "overfitting.capacity_models", "done"
MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     'def capacity_models(num_words=10000):\n    sizes = {"baseline": 16, "smaller": 4, "bigger": 512}\n    models = {}\n    for name, units in sizes.items():\n        inputs = keras.Input(shape=(num_words,))\n        x = keras.layers.Dense(units, activation="relu")(inputs)\n        x = keras.layers.Dense(units, activation="relu")(x)\n        outputs = keras.layers.Dense(1, activation="sigmoid")(x)\n        model = keras.Model(inputs, outputs)\n        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n        models[name] = model\n    return models'),
]
