"""Wrong: compares the run's whole length with the patience, len(val_loss) > patience, instead of the epochs since the best one; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) > patience and best < len(val_loss) - 1 and loss[-1] < loss[best]'),
]
