"""Wrong: calls a run overfitting once its last validation loss is more than 10 % above its best, whatever the patience and the training loss; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return bool(val_loss[-1] > 1.1 * val_loss[best])'),
]
