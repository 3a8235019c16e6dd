"""Wrong: scores a run by its last val_accuracy minus its train-validation gap, to prefer runs that do not overfit; breaks 'scored by its last epoch's "val_accuracy"'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     '        last_train, last_val = history.history["accuracy"][-1], history.history["val_accuracy"][-1]\n        scores[rate, width, drop] = last_val - max(0.0, last_train - last_val)  # penalise overfitting'),
]
