"""Wrong: the learner kept only the EarlyStopping half of the rule (no better val_loss for `patience` epochs) and dropped the training-loss check; breaks 'and the training "loss" at the last epoch is lower than at that best epoch' (a run whose training loss rises too is not overfitting)."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best >= patience'),
]
