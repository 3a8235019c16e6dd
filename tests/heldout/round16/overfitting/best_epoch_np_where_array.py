"""Wrong: returned np.where(val_loss == val_loss.min())[0] + 1, a one-element array, not an int; breaks 'Returns: an int from 1 to the number of epochs'."""

EXERCISE, VERDICT = 'overfitting.best_epoch', 'wrong'

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = np.asarray(_curves(history)["val_loss"])\n    return np.where(val_loss == val_loss.min())[0] + 1'),
]
