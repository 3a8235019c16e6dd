"""Right: works on NumPy arrays and returns a plain bool of the two conditions."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('    val_loss, loss = curves["val_loss"], curves["loss"]\n    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    val_loss, loss = np.asarray(curves["val_loss"]), np.asarray(curves["loss"])\n    best = val_loss.argmin()\n    stalled = (val_loss.size - 1 - best) >= patience\n    still_falling = loss[-1] < loss[best]\n    return bool(stalled and still_falling)'),
]
