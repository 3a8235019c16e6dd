"""Wrong: Compiled with categorical_crossentropy although the labels are integers; breaks 'the sparse_categorical_crossentropy loss'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'loss="categorical_crossentropy", metrics=["accuracy"])\n    history'),
]
