"""Wrong: scores each run by its first epoch's val_accuracy; breaks 'scored by its last epoch's "val_accuracy"'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     '        scores[rate, width, drop] = history.history["val_accuracy"][0]'),
]
