"""Wrong: uses keras.ops.argmin, which returns a backend tensor, so the answer is a tensor, not an int; breaks 'an int from 1 to the number of epochs (a NumPy integer, as np.argmin gives, is one too)'."""

EXERCISE, VERDICT = "overfitting.best_epoch", "wrong"

MUTATE = [
    ('    return int(np.argmin(_curves(history)["val_loss"])) + 1',
     '    return keras.ops.argmin(_curves(history)["val_loss"]) + 1'),
]
