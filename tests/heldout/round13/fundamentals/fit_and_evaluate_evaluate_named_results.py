"""Right: zips evaluate()'s list with the names it asks for, ["loss", "accuracy"], and reads them from the dict."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n    return history, test_loss, test_acc',
     '    results = dict(zip(["loss", "accuracy"], model.evaluate(x_test, y_test, verbose=0)))\n    return history, results["loss"], results["accuracy"]'),
]
