"""Correct: Linear one-unit output with BinaryCrossentropy(from_logits=True), the head the docstring calls equally correct."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "done"
MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])',
     'keras.layers.Dense(1),\n    ])\n    model.compile(optimizer="adam", loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])'),
]
