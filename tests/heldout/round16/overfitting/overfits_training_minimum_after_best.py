"""Wrong: called it overfitting when the training loss reached its minimum at least `patience` epochs after the best val_loss (argmin(loss) - best >= patience), measuring from the training minimum instead of the last epoch; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch' and 'the training "loss" at the last epoch is lower than at that best epoch' on curves whose training loss wobbles at the end."""

EXERCISE, VERDICT = 'overfitting.overfits', 'wrong'

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return int(np.argmin(loss)) - best >= patience'),
]
