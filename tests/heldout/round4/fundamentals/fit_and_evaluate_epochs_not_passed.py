"""Wrong: Called fit() without epochs=, so it trains a single epoch whatever `epochs` says; breaks 'epochs: how many passes over the training data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, verbose=0)'),
]
