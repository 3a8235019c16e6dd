"""Right: passes the integer labels as a column, shape (N, 1), to fit() and evaluate() (a habit from a binary exercise); sparse_categorical_crossentropy and the "accuracy" metric (resolved to sparse categorical accuracy) read (N, 1) integer labels as they read (N,), so the history and the test loss and accuracy are the same."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n',
     '    train_labels = np.reshape(y_train, (-1, 1))\n'
     '    test_labels = np.reshape(y_test, (-1, 1))\n'
     '    history = model.fit(x_train, train_labels, epochs=epochs, verbose=0)\n'
     '    test_loss, test_acc = model.evaluate(x_test, test_labels, verbose=0)\n'),
]
