"""Right: finds the best epoch with min over indices, returns False early when too few epochs have passed, else compares the training losses."""
EXERCISE, VERDICT = "overfitting.overfits", "done"
MUTATE = [
    ('''    best = int(np.argmin(val_loss))
    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]''',
     '''    best = min(range(len(val_loss)), key=lambda index: val_loss[index])
    epochs_since_best = len(val_loss) - (best + 1)
    if epochs_since_best < patience:
        return False
    return bool(loss[-1] < loss[best])'''),
]
