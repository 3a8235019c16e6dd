"""Wrong: uses the logits head (linear unit, BinaryCrossentropy(from_logits=True)) but keeps metrics=["accuracy"], which Keras 3 thresholds at 0.5 as if it were a probability; breaks 'with an accuracy thresholded at the logit 0, keras.metrics.BinaryAccuracy(threshold=0.0)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     '        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1),\n    ])\n    model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])'),
]
