"""Right (the docstrings leave seeding open): calls keras.utils.set_random_seed(0) for a reproducible run; a seed changes no setting a model is made with."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ""

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
     '    keras.utils.set_random_seed(0)\n    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history'),
]
