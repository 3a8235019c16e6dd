"""Wrong: kept the patience test but replaced the training-loss test with "the last training loss is below the last validation loss", so a run whose training loss rises too counts as overfitting; breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = 'overfitting.overfits', 'wrong'

MUTATE = [
    ('loss[-1] < loss[best]',
     'loss[-1] < val_loss[-1]'),
]
