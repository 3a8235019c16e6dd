"""Wrong: Judged the stall by val_loss[-1] > val_loss[-1 - patience], not by where the lowest val_loss came; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'judge from the best epoch'
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return val_loss[-1] > val_loss[-1 - patience] and loss[-1] < loss[best]'),
]
