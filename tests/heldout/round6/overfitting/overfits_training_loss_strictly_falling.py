"""Wrong: requires the training loss to fall at every epoch after the best one; breaks 'the training "loss" at the last epoch is lower than at that best epoch' (one noisy training epoch makes it answer False)."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '''    still_falling = all(later < earlier for earlier, later in zip(loss[best:], loss[best + 1:]))
    return len(val_loss) - 1 - best >= patience and still_falling'''),
]
