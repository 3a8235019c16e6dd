"""Wrong: calls fit once to train and again to get a History, training for twice `epochs` (the History holds only the second run); breaks 'epochs: how many passes over the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)'),
]
