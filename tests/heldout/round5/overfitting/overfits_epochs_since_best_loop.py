"""Right: Walks the epochs counting epochs since the best val_loss (first lowest), then checks the count and the training loss."""
EXERCISE, VERDICT = "overfitting.overfits", "done"
MUTATE = [
    ('def overfits(history, patience=3):\n    curves = _curves(history)\n    val_loss, loss = curves["val_loss"], curves["loss"]\n    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'def overfits(history, patience=3):\n    curves = getattr(history, "history", history)\n    best, since = 0, 0\n    for i, value in enumerate(curves["val_loss"]):\n        if value < curves["val_loss"][best]:\n            best, since = i, 0\n        elif i:\n            since += 1\n    return bool(since >= patience and curves["loss"][-1] < curves["loss"][best])'),
]
