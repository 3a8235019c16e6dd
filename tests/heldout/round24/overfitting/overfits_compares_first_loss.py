"""Wrong: the learner checked that the training loss fell over the whole run (loss[-1] < loss[0]) instead of since the best epoch, which agrees whenever the loss keeps falling; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best >= patience and loss[-1] < loss[0]'),
]
