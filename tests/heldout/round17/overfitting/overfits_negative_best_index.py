"""Right: keeps the best epoch as a negative index from the end, so 'at least patience epochs before the last' reads best <= -1 - patience, and loss[best] is still that epoch's training loss."""

EXERCISE, VERDICT = "overfitting.overfits", "done"

MUTATE = [
    ('    best = int(np.argmin(val_loss))\n    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    best = int(np.argmin(val_loss)) - len(val_loss)\n    return best <= -1 - patience and loss[-1] < loss[best]'),
]
