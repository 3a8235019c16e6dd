"""Right: Counts the epochs since the best val_loss with min/index and returns bool() of the two tests."""
EXERCISE, VERDICT = "overfitting.overfits", "done"
MUTATE = [
    ('''    val_loss, loss = curves["val_loss"], curves["loss"]
    best = int(np.argmin(val_loss))
    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]''',
     '''    val_loss, loss = list(curves["val_loss"]), list(curves["loss"])
    best = val_loss.index(min(val_loss))
    epochs_since_best = len(val_loss) - (best + 1)
    still_learning = loss[-1] < loss[best]
    return bool(epochs_since_best >= patience and still_learning)'''),
]
