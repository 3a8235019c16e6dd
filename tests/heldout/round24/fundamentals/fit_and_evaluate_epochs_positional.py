"""Wrong: the learner passed epochs as fit's third positional argument, model.fit(x_train, y_train, epochs), which Keras reads as batch_size, so it trains one epoch in batches of `epochs` samples; breaks 'epochs: how many passes over the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     'history = model.fit(x_train, y_train, epochs, verbose=0)'),
]
