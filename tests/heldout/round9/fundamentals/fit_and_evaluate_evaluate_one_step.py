"""Wrong: evaluates with steps=1, so only the first batch of 32 test examples is measured; right for a test set of 32 or fewer; breaks '(history, test_loss, test_accuracy): ... the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    (
        '    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n',
        '    test_loss, test_acc = model.evaluate(x_test, y_test, steps=1, verbose=0)\n',
    ),
]
