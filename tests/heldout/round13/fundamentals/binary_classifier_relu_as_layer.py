"""Right: writes the hidden relu as an Activation layer after a linear Dense(16), and the loss and metric as objects."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     '        keras.layers.Dense(16),\n        keras.layers.Activation("relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer=keras.optimizers.Adam(), loss=keras.losses.BinaryCrossentropy(),\n                  metrics=[keras.metrics.BinaryAccuracy(name="accuracy")])'),
]
