"""Wrong: the learner first put evaluate() right after compile() to check that the model ran on the test arrays, then added fit() below it and kept the numbers they already had; the returned loss and accuracy are the untrained model's (near chance, which looked plausible after 2 epochs on a small problem); breaks 'train it on the training data, then measure it on test data it has never seen' and 'the loss and accuracy measured on the *test* data' of the trained model."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n',
     '    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n'),
]
