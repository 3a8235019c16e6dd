"""Right: finds the best epoch with min() over the indices keyed by the loss, and counts the epochs after it."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    best = min(range(len(val_loss)), key=lambda i: val_loss[i])\n    epochs_since_best = len(val_loss) - (best + 1)\n    return bool(epochs_since_best >= patience and loss[-1] < loss[best])'),
]
