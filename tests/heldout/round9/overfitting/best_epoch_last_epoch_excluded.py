"""Wrong: leaves the last epoch out of the search, reasoning that an epoch can only be called best once a later one is worse; a run still improving at its end gets the epoch before; breaks 'an int from 1 to the number of epochs' (the lowest val_loss may come last)."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    (
        '    return int(np.argmin(_curves(history)["val_loss"])) + 1\n',
        '    return int(np.argmin(_curves(history)["val_loss"][:-1])) + 1\n',
    ),
]
