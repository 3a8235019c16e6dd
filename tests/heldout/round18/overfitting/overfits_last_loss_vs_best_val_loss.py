"""Wrong: compares the last training loss with the best *validation* loss instead of the training loss at the best epoch; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('''and loss[-1] < loss[best]
''',
     '''and loss[-1] < val_loss[best]
'''),
]
