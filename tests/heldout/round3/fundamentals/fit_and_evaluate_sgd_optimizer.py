"""Wrong: Compiled with the SGD optimizer; breaks 'Compiled with the Adam optimizer'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])',
     '    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])'),
]
