"""Wrong: Returned (epoch, lowest val_loss) to be informative; breaks 'Returns: an int from 1 to the number of epochs'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'val_loss = _curves(history)["val_loss"]\n    best = int(np.argmin(val_loss))\n    return best + 1, val_loss[best]'),
]
