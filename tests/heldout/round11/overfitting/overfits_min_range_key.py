"""Right: finds the best epoch with min(range(n), key=val_loss.__getitem__) and counts the epochs after it by subtraction."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    best = min(range(len(val_loss)), key=val_loss.__getitem__)\n    epochs_after = len(val_loss) - (best + 1)\n    return bool(epochs_after >= patience and loss[-1] < loss[best])'),
]
