"""Right: replays EarlyStopping's wait counter over val_loss (strict improvement resets it), then compares the training loss at the last and the best epoch."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('''    curves = _curves(history)
    val_loss, loss = curves["val_loss"], curves["loss"]
    best = int(np.argmin(val_loss))
    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]
''',
     '''    curves = _curves(history)
    best_loss, best, wait = float("inf"), 0, 0
    for epoch, value in enumerate(curves["val_loss"]):
        if value < best_loss:
            best_loss, best, wait = value, epoch, 0
        else:
            wait += 1
    return wait >= patience and curves["loss"][-1] < curves["loss"][best]
'''),
]
