"""Wrong: Scored each run by its training accuracy; breaks 'not the training accuracy'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'scores[rate, width, drop] = history.history["accuracy"][-1]'),
]
