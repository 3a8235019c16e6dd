"""Wrong: chose the logits head (linear output, from_logits=True) but kept the plain "accuracy" metric, which cuts at 0.5 on logits; the loss falls as it should; breaks 'with an accuracy thresholded at the logit 0, keras.metrics.BinaryAccuracy(threshold=0.0)'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),',
     'keras.layers.Dense(1),'),
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True),\n                  metrics=["accuracy"])'),
]
