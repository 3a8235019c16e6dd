"""Right: passes batch_size=32 explicitly and reads the test numbers from evaluate's dict."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n    return history, test_loss, test_acc',
     '    history = model.fit(x_train, y_train, batch_size=32, epochs=epochs, verbose=0)\n    results = model.evaluate(x_test, y_test, batch_size=32, verbose=0, return_dict=True)\n    return history, results["loss"], results["accuracy"]'),
]
