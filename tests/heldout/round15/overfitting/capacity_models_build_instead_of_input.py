"""Right: leaves out keras.Input and calls model.build((None, num_words)) before compiling each model: built for multi-hot vectors of num_words, with the same layers, units and compile."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }\n',
     'def capacity_models(num_words=10000):\n    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.build((None, num_words))\n        model.compile(optimizer="adam", loss="binary_crossentropy",\n                      metrics=["accuracy", "binary_crossentropy"])\n        models[name] = model\n    return models\n'),
]
