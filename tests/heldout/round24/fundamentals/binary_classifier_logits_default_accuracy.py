"""Wrong: the learner chose the logits head (a linear Dense(1) and BinaryCrossentropy(from_logits=True)) but kept metrics=['accuracy'], which thresholds the logits at 0.5, not 0; breaks 'with an accuracy thresholded at the logit 0, keras.metrics.BinaryAccuracy(threshold=0.0)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'keras.layers.Dense(1),\n    ])\n    model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=["accuracy"])'),
]
