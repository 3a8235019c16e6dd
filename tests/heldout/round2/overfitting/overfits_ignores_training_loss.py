"""Wrong: Checked only how old the best val_loss is; breaks 'and the training loss at the last epoch is lower than at that best epoch' (when both rise it is not overfitting)."""
EXERCISE, VERDICT = "overfitting.overfits", "wrong"
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best >= patience'),
]
