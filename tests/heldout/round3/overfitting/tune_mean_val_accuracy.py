"""Wrong: Scored each run by the mean val_accuracy over its epochs; breaks 'scored by its last epoch's "val_accuracy": not its best epoch'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('        scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     '        scores[rate, width, drop] = float(np.mean(history.history["val_accuracy"]))'),
]
