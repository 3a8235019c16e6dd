"""Wrong: compiles with BinaryCrossentropy(from_logits=True), as the TensorFlow overfitting tutorial does for its linear output, but keeps the sigmoid, so the loss reads probabilities as logits; breaks 'one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('def capacity_models(num_words=10000):\n    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     'def capacity_models(num_words=10000):\n    models = {}\n    for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512)):\n        model = keras.Sequential([\n            keras.Input(shape=(num_words,)),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(units, activation="relu"),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                      metrics=["accuracy", "binary_crossentropy"])\n        models[name] = model\n    return models'),
]
