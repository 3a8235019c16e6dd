"""Wrong: reads the epoch number from History.epoch when there is one (counted from 0) and counts from 1 only for dicts; breaks 'counted as fit() prints epochs ("Epoch 1/20" is the first)'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    val_loss = _curves(history)["val_loss"]\n    epochs = getattr(history, "epoch", None) or list(range(1, len(val_loss) + 1))\n    return epochs[int(np.argmin(val_loss))]'),
]
