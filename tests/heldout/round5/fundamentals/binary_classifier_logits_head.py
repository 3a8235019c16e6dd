"""Right: A linear one-unit output with BinaryCrossentropy(from_logits=True), which the docstring names an equally correct head."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),',
     'keras.layers.Dense(1),'),
    ('model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])\n    return model\n\n\ndef multiclass',
     'model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])\n    return model\n\n\ndef multiclass'),
]
