"""Wrong: Evaluated on the test data before training, so the numbers are the untrained model's; breaks 'train it on the training data, then measure it on test data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ("""    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)""",
     """    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)"""),
]
