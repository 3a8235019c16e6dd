"""Wrong: evaluates on the first 100 test examples only, for a quick check; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'evaluation'

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss, test_acc = model.evaluate(x_test[:100], y_test[:100], verbose=0)'),
]
