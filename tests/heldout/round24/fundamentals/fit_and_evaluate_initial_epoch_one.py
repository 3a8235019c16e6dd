"""Wrong: the learner passed initial_epoch=1 so that the epochs count from 1 as fit() prints them, but fit then runs only epochs - 1 passes; breaks 'epochs: how many passes over the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, initial_epoch=1, epochs=epochs, verbose=0)'),
]
