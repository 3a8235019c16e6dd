"""Wrong: compares the last training loss with loss[best - 1], one epoch early; when the best epoch is the first one that reads loss[-1] and never overfits; breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    (
        '    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]\n',
        '    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best - 1]\n',
    ),
]
