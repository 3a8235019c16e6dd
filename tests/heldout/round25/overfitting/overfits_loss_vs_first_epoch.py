"""Wrong: checked that the training loss fell over the run (last below first) instead of since the best epoch; a run whose training loss rises after the best epoch is called overfitting; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    ('loss[-1] < loss[best]',
     'loss[-1] < loss[0]'),
]
