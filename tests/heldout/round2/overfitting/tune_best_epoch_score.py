"""Wrong: Scored each run by its best epoch's val_accuracy; breaks 'scored by its last epoch's "val_accuracy": not its best epoch'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'scores[rate, width, drop] = max(history.history["val_accuracy"])'),
]
