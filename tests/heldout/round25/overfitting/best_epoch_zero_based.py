"""Wrong: returned np.argmin's index as the epoch, a plausible small number; it is one less than the epoch fit() prints; breaks 'counted as fit() prints epochs ("Epoch 1/20" is the first)'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmin(_curves(history)["val_loss"]))'),
]
