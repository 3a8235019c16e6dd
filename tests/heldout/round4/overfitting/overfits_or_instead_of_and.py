"""Wrong: Joined the two conditions with or, so a run whose training loss merely keeps falling counts as overfitting; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch, - and the training "loss" at the last epoch is lower'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience or loss[-1] < loss[best]'),
]
