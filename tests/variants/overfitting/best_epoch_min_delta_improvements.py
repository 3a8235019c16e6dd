"""Wrong: counts an epoch as better only when val_loss falls by more than 1e-3, as EarlyStopping's min_delta would, so a later, slightly lower minimum is missed; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT, SAYS = "overfitting.best_epoch", "wrong", 'best epoch'

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = _curves(history)["val_loss"]\n    best, best_value = 0, val_loss[0]\n    for epoch, value in enumerate(val_loss):\n        if value < best_value - 1e-3:\n            best, best_value = epoch, value\n    return best + 1'),
]
