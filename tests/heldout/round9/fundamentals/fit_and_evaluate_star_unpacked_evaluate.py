"""Right: returns (history, *model.evaluate(x_test, y_test, verbose=0)), unpacking evaluate's [loss, accuracy] into the tuple."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    (
        '    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n    return history, test_loss, test_acc\n',
        '    return (history, *model.evaluate(x_test, y_test, verbose=0))\n',
    ),
]
