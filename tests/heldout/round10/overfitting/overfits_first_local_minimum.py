"""Wrong: takes as best the first epoch after which val_loss rises, so a later, lower dip is missed; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    best = len(val_loss) - 1\n    for epoch in range(len(val_loss) - 1):\n        if val_loss[epoch + 1] > val_loss[epoch]:\n            best = epoch\n            break\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]'),
]
