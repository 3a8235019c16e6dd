"""Right: Fits with validation_data=(x_test, y_test) and reads the last epoch's val_loss and val_accuracy, which are the test data's numbers measured after the last epoch."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"
MUTATE = [
    ("""    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)""",
     """    history = model.fit(x_train, y_train, epochs=epochs, validation_data=(x_test, y_test), verbose=0)
    test_loss, test_acc = history.history["val_loss"][-1], history.history["val_accuracy"][-1]"""),
]
