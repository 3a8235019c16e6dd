"""Right: Finds the best epoch with list.index(min(...)), counts the epochs after it, and returns a plain bool."""
EXERCISE, VERDICT = "overfitting.overfits", "done"
MUTATE = [
    ("""    val_loss, loss = curves["val_loss"], curves["loss"]
    best = int(np.argmin(val_loss))
    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]""",
     """    val_loss, loss = list(curves["val_loss"]), list(curves["loss"])
    best = val_loss.index(min(val_loss))
    epochs_since_best = len(val_loss) - (best + 1)
    return bool(epochs_since_best >= patience and loss[-1] < loss[best])"""),
]
