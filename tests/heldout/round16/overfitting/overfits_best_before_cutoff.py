"""Right: states the patience test as an index cutoff, best < len(val_loss) - patience, with the same training-loss test."""

EXERCISE, VERDICT = 'overfitting.overfits', 'done'

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    cutoff = len(val_loss) - patience\n    return bool(best < cutoff and loss[-1] < loss[best])'),
]
