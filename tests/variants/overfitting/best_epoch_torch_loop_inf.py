"""Right: the PyTorch training-loop idiom, best_loss = float("inf") and a strict < over enumerate(val_loss, start=1)."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "done", ""

def best_epoch(history):
    curves = getattr(history, "history", history)
    best_loss, best = float("inf"), None
    for epoch, value in enumerate(curves["val_loss"], start=1):
        if value < best_loss:
            best_loss, best = value, epoch
    return best
