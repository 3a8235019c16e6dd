"""Wrong: the learner counted the epochs from the best one as len(val_loss) - best, which includes the best epoch itself, one too many; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch' (a best 2 epochs before the end passes patience 3)."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - best >= patience and loss[-1] < loss[best]'),
]
