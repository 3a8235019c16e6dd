"""Right: reads the score as history.history["val_accuracy"][epochs - 1], the last of the `epochs` values fit() logged."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('history.history["val_accuracy"][-1]',
     'history.history["val_accuracy"][epochs - 1]'),
]
