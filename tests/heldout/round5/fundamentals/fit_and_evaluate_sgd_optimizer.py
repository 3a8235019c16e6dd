"""Wrong: Compiled with the sgd optimizer; breaks 'Compiled with the Adam optimizer'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history'),
]
