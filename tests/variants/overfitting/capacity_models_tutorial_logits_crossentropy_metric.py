"""Wrong: copies the TensorFlow tutorial's metric BinaryCrossentropy(from_logits=True, name='binary_crossentropy'), meant for its logits models, onto these sigmoid outputs; breaks 'the metrics "accuracy" and "binary_crossentropy"'."""

EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", 'from_logits=True'

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([\n            keras.Input(shape=(num_words,)),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.compile(optimizer="adam", loss="binary_crossentropy",\n                      metrics=["accuracy", keras.metrics.BinaryCrossentropy(from_logits=True,\n                                                                          name="binary_crossentropy")])\n        models[name] = model\n    return models'),
]
