"""Right: finds the best epoch from the list with list.index(min(...)) and counts the epochs after it by slicing."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    val_loss, loss = list(val_loss), list(loss)\n    best = val_loss.index(min(val_loss))\n    epochs_after_best = len(val_loss[best + 1:])\n    return bool(epochs_after_best >= patience and loss[-1] < loss[best])'),
]
