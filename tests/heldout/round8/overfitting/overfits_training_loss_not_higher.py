"""Wrong: counts a training loss equal to the one at the best epoch as still falling (<=); breaks 'and the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    (
        'loss[-1] < loss[best]',
        'loss[-1] <= loss[best]',
    ),
]
