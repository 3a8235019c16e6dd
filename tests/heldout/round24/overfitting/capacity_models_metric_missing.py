"""Wrong: the learner compiled each model with metrics=['accuracy'] only, thinking the binary_crossentropy metric is redundant with the loss of the same name; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([\n            keras.Input(shape=(num_words,)),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n        models[name] = model\n    return models'),
]
