"""Wrong: Hard-coded epochs=5 in fit, ignoring the argument; breaks 'epochs: how many passes' (grader's epochs=2)."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, epochs=5, verbose=0)'),
]
