"""Wrong: asks whether the training loss was lower than at the best epoch at any later epoch, not at the last one; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience and min(loss[best + 1:]) < loss[best]'),
]
