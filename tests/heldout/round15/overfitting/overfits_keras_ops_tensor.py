"""Wrong: combines the two conditions with keras.ops.logical_and, which returns a backend boolean tensor, not True or False; breaks 'True or False, in every case (NumPy's np.True_ and np.False_ are too)'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return keras.ops.logical_and(len(val_loss) - 1 - best >= patience,\n                                 keras.ops.less(loss[-1], loss[best]))'),
]
