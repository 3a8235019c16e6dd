"""Wrong: Argmax of val_loss; breaks 'the epoch at which the validation loss was lowest'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmax(_curves(history)["val_loss"])) + 1'),
]
