"""Wrong: takes the test accuracy from evaluate() but the loss from the last training epoch; breaks 'the loss and accuracy measured on the *test* data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('''    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
    return history, test_loss, test_acc''',
     '''    _, test_acc = model.evaluate(x_test, y_test, verbose=0)
    test_loss = history.history["loss"][-1]
    return history, test_loss, test_acc'''),
]
