"""Wrong: builds the validation losses as an integer array before np.argmin, so every loss below 1 truncates to 0 and the first epoch always wins; breaks 'the epoch of the lowest "val_loss"'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('return int(np.argmin(_curves(history)["val_loss"])) + 1',
     'return int(np.argmin(np.array(_curves(history)["val_loss"], dtype=int))) + 1'),
]
