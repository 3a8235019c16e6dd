"""Wrong: returns the test accuracy as a percentage, as it would print it; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return history, test_loss, test_acc * 100'),
]
