"""Wrong: Called any last val_loss above its minimum overfitting, ignoring patience; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch ... one noisy epoch is not overfitting'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return val_loss[-1] > min(val_loss) and loss[-1] < loss[best]'),
]
