"""Wrong: Picked the epoch of the highest val_accuracy instead of the lowest val_loss; breaks 'the epoch of the lowest "val_loss"'."""
EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"
MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    return int(np.argmax(_curves(history)["val_accuracy"])) + 1'),
]
