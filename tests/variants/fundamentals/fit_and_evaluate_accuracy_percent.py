"""Wrong: returns the test accuracy as a percentage, as it would print it; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'not in percent'

MUTATE = [
    ('    return history, test_loss, test_acc',
     '    return history, test_loss, test_acc * 100'),
]
