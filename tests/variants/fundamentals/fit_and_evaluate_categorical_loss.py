"""Wrong: categorical_crossentropy expects one-hot labels; these are integers."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "categorical_crossentropy"
MUTATE = [('loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history',
           'loss="categorical_crossentropy", metrics=["accuracy"])\n    history')]
