"""Wrong: also requires the last val_loss to be above the best one, so a run whose val_loss came back to (ties) its best is not overfitting; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'back to its best'

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best] and val_loss[-1] > val_loss[best]'),
]
