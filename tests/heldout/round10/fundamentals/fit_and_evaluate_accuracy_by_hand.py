"""Right: takes the test loss from evaluate and works the test accuracy out by hand from the predictions (argmax against the integer labels)."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss = model.evaluate(x_test, y_test, verbose=0)[0]\n    predicted = np.argmax(model.predict(x_test, verbose=0), axis=-1)\n    test_acc = float(np.mean(predicted == np.asarray(y_test).reshape(-1)))'),
]
