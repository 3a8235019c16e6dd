"""Wrong: calls keras.utils.set_random_seed(0) for reproducible runs, reseeding Python, NumPy and TensorFlow for the whole process; breaks 'Every function works from its arguments alone'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     '    keras.utils.set_random_seed(0)\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history'),
]
