"""Right: the index of the lowest val_loss found with min over range(len(...)) keyed by the list, plus one."""

EXERCISE, VERDICT = "overfitting.best_epoch", "done"

def best_epoch(history):
    curves = history.history if hasattr(history, "history") else history
    val_loss = list(curves["val_loss"])
    return min(range(len(val_loss)), key=val_loss.__getitem__) + 1
