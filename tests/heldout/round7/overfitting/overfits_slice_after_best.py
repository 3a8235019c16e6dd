"""Right: counts the epochs after the best one by slicing val_loss, plain Python comparisons."""
EXERCISE, VERDICT = "overfitting.overfits", "done"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     """    after = list(val_loss[best + 1:])
    return bool(len(after) >= patience and loss[-1] < loss[best])"""),
]
