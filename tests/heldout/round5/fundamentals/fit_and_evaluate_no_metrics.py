"""Wrong: Compiled without metrics, so evaluate gives the loss alone; breaks 'and the "accuracy" metric'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     'model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")\n    history'),
]
