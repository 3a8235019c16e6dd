"""Right: writes the model out without the helper and compiles with metric objects named accuracy and binary_crossentropy."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'def dropout_model(num_words=10000, rate=0.5):\n    model = keras.Sequential()\n    model.add(keras.Input(shape=(num_words,)))\n    for _ in range(2):\n        model.add(keras.layers.Dense(16, activation="relu"))\n        model.add(keras.layers.Dropout(rate=rate))\n    model.add(keras.layers.Dense(1, activation="sigmoid"))\n    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),\n                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy"),\n                           keras.metrics.BinaryCrossentropy(name="binary_crossentropy")])\n    return model'),
]
