"""Wrong: the learner required more than `patience` epochs after the best one (> instead of >=), so a best val_loss exactly `patience` epochs before the end does not count; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best > patience and loss[-1] < loss[best]'),
]
