"""Right: a plain loop finds the first lowest val_loss, then bool() of the two conditions written as epochs since the best."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

def overfits(history, patience=3):
    curves = getattr(history, "history", history)
    val_loss, loss = list(curves["val_loss"]), list(curves["loss"])
    best = 0
    for epoch, value in enumerate(val_loss):
        if value < val_loss[best]:
            best = epoch
    epochs_since_best = len(val_loss) - 1 - best
    return bool(epochs_since_best >= patience and loss[-1] < loss[best])
