"""Right: writes a small builder taking the width and compiles each model with metric objects named "accuracy" and "binary_crossentropy"."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('    return {\n        name: _binary(keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))\n    }',
     '    def build(width):\n        model = keras.Sequential([\n            keras.Input(shape=(num_words,)),\n            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dense(width, activation="relu"),\n            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n        model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),\n                      metrics=[keras.metrics.BinaryAccuracy(name="accuracy"),\n                               keras.metrics.BinaryCrossentropy(name="binary_crossentropy")])\n        return model\n\n    return {"baseline": build(16), "smaller": build(4), "bigger": build(512)}'),
]
