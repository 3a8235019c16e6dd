"""Wrong: checks that the training loss fell in the epoch right after the best one, loss[best + 1] < loss[best], instead of at the last epoch; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience and loss[best + 1] < loss[best]'),
]
