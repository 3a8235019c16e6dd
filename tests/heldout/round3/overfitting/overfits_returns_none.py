"""Wrong: Returned True when overfitting and fell off the end (None) otherwise; breaks 'Returns: True or False, in every case'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '''    if len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]:
        return True'''),
]
