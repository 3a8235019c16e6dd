"""Wrong: judges 'the training loss kept falling' by the slope of a line fitted to the losses after the best epoch, not by the last loss against the best epoch's; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    after = np.asarray(loss[best:], dtype=float)\n    falling = len(after) > 1 and np.polyfit(np.arange(len(after)), after, 1)[0] < 0\n    return len(val_loss) - 1 - best >= patience and bool(falling)'),
]
