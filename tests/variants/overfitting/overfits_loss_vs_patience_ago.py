"""Wrong: Compared the last training loss with the one `patience` epochs earlier, not at the best val_loss epoch; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", 'compare with the best epoch'
MUTATE = [
    ('return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
     'return len(val_loss) - 1 - best >= patience and loss[-1] < loss[-1 - patience]'),
]
