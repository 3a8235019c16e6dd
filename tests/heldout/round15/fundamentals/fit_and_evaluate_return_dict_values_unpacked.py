"""Wrong: asks evaluate() for a dict and unpacks its .values() as loss then accuracy, but Keras 3's dict lists "accuracy" before "loss", so the two numbers come back swapped; breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0, return_dict=True).values()'),
]
