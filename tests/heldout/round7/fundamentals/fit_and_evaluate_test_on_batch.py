"""Right: measures the test set as one batch with test_on_batch (same mean loss and accuracy over the whole test set)."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss, test_acc = model.test_on_batch(x_test, y_test)'),
]
