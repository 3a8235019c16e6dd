"""Wrong: checks only that the epoch exactly `patience` before the last equals min(val_loss), so a best epoch further back does not count; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return val_loss[-1 - patience] == min(val_loss) and loss[-1] < loss[-1 - patience]'),
]
