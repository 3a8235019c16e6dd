"""Wrong: the learner returned np.argmin as it is, a position in the list, forgetting that fit() prints the first epoch as 1; breaks 'counted as fit() prints epochs ("Epoch 1/20" is the first)'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmin(_curves(history)["val_loss"]))'),
]
