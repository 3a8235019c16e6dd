"""Wrong: Scored by the last val_loss and kept the lowest; breaks 'not the validation loss'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('scores[rate, width, drop] = history.history["val_accuracy"][-1]',
     'scores[rate, width, drop] = history.history["val_loss"][-1]'),
    ('best = max(scores, key=scores.get)',
     'best = min(scores, key=scores.get)'),
]
