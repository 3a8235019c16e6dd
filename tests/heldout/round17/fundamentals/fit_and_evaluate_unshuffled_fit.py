"""Right: trains with shuffle=False; the docstring does not ask for shuffling, and the returned numbers are still the test data's."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, epochs=epochs, shuffle=False, verbose=0)'),
]
