"""Wrong: reads the score as history.history["val_accuracy"][epochs], one past the last epoch (IndexError); breaks 'scored by its last epoch's "val_accuracy"'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('history.history["val_accuracy"][-1]',
     'history.history["val_accuracy"][epochs]'),
]
