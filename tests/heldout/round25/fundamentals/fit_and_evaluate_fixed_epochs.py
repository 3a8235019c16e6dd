"""Wrong: wrote the note's epochs=5 into fit() instead of the argument; the learner's call used the default 5 and saw five epochs; breaks 'epochs: how many passes over the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, epochs=5, verbose=0)'),
]
