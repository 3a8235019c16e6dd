"""Wrong: trains on every second example (x_train[::2], y_train[::2]) to halve the training time; breaks 'train it on the training data' (all of it, `epochs` passes over the training data)."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", "fit() calls"

MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train[::2], y_train[::2], epochs=epochs, verbose=0)  # half the data, half the time'),
]
