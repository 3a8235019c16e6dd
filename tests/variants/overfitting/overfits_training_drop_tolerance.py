"""Wrong: borrows scikit-learn's tol and asks the training loss to have fallen by more than 0.01 since the best epoch; breaks 'the training "loss" at the last epoch is lower than at that best epoch'."""

EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "the training loss lower by a hair"

MUTATE = [
    ('and loss[-1] < loss[best]',
     'and loss[best] - loss[-1] > 1e-2'),
]
