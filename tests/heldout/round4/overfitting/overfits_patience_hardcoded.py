"""Wrong: Compared with 3 epochs whatever patience says; breaks 'patience: how many epochs without a better val_loss count as overfitting'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= 3 and loss[-1] < loss[best]'),
]
