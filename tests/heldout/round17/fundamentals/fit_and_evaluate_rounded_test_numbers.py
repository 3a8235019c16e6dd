"""Wrong: returns round(test_loss, 2) and round(test_acc, 2) to keep the numbers tidy; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('return history, test_loss, test_acc',
     'return history, round(test_loss, 2), round(test_acc, 2)'),
]
