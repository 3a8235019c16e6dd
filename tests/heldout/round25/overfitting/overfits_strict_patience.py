"""Wrong: required more than `patience` epochs after the best val_loss (>), which agrees on long runs; a best epoch exactly `patience` epochs before the end is missed; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('len(val_loss) - 1 - best >= patience',
     'len(val_loss) - 1 - best > patience'),
]
