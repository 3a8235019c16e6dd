"""Wrong: requires the last training loss to be the lowest of the whole run, so a training loss that wobbles below its last value earlier reads as no overfitting; breaks 'and the training "loss" at the last epoch is lower than at that best epoch.'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience and loss[-1] <= min(loss)'),
]
