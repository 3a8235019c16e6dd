"""Wrong: Trained on x_test, y_test (copy-paste) and evaluated on them; breaks 'train it on the training data, then measure it on test data it has never seen'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_test, y_test, epochs=epochs, verbose=0)'),
]
