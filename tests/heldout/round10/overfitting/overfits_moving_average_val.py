"""Wrong: smooths val_loss with a 3-epoch moving average before looking for its lowest point; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    smooth = np.convolve(val_loss, np.ones(3) / 3, mode="same")\n    best = int(np.argmin(smooth))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]'),
]
