"""Wrong: takes the test loss from evaluate() but the accuracy from the last epoch of the training history; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss = model.evaluate(x_test, y_test, verbose=0)[0]\n    test_acc = history.history["accuracy"][-1]'),
]
