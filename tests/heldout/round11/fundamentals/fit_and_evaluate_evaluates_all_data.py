"""Wrong: evaluates on the training and test data stacked together; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss, test_acc = model.evaluate(np.concatenate([x_train, x_test]), np.concatenate([y_train, y_test]),\n                                         verbose=0)'),
]
