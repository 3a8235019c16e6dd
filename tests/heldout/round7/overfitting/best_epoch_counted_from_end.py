"""Wrong: returns len(val_loss) - argmin, counting the epoch from the end; breaks 'counted as fit() prints epochs ("Epoch 1/20" is the first)'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     """    val_loss = _curves(history)["val_loss"]
    return len(val_loss) - int(np.argmin(val_loss))"""),
]
