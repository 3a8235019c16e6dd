"""Wrong: compares the mean training loss after the best epoch with the best epoch's, not the last epoch's; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     """    later = loss[best + 1:]
    return len(val_loss) - 1 - best >= patience and len(later) > 0 and float(np.mean(later)) < loss[best]"""),
]
