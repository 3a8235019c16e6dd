"""Wrong: NumPy habit: joins the two conditions with & instead of and, without parentheses, so Python reads `since >= (patience & (loss[-1] < loss[best]))`: with the training loss not falling it tests since >= 0 (always True), and with an even patience too; breaks 'the lowest "val_loss" came at least `patience` epochs before the last epoch, and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     '    return len(val_loss) - 1 - best >= patience & (loss[-1] < loss[best])'),
]
