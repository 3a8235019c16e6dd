"""Wrong: Counted len(val_loss) - best epochs since the best (one too many); breaks 'at least patience epochs before the last epoch' (patience 3, best 2 before the end)."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - best >= patience and loss[-1] < loss[best]'),
]
