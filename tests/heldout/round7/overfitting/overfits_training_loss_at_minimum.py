"""Wrong: requires the last training loss to be the lowest of the run ('still falling'); breaks 'the training "loss" at the last epoch is lower than at that best epoch' (a small rise at the end, still below the best epoch's, is overfitting)."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience and loss[-1] <= min(loss) and loss[-1] < loss[best]'),
]
