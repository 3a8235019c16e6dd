"""Right: takes the first index at which the running minimum (np.minimum.accumulate) of val_loss reaches its final value, plus one: the first epoch of the lowest val_loss."""

EXERCISE, VERDICT = 'overfitting.best_epoch', 'done'

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    running = np.minimum.accumulate(np.asarray(_curves(history)["val_loss"], dtype=float))\n    return int(np.argmin(running)) + 1'),
]
