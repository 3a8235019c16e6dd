"""Wrong: the learner scored each run by max(history['val_accuracy']), the best epoch as Keras Tuner does; breaks 'scored by its last epoch's "val_accuracy": not its best epoch'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'scores[rate, width, drop] = max(history.history["val_accuracy"])'),
]
