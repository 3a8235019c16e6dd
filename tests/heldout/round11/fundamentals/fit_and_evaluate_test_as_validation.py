"""Right: also passes the test set as validation_data to watch it per epoch (it never trains on it), then evaluates on it."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, validation_data=(x_test, y_test), verbose=0)'),
]
