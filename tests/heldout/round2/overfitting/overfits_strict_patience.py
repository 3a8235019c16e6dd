"""Wrong: > patience; breaks 'at least patience epochs before the last epoch' (best 2 before the end, patience 2)."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best > patience and loss[-1] < loss[best]'),
]
