"""Wrong: passes epochs positionally, model.fit(x, y, epochs), where the third argument is batch_size, so it trains one epoch; breaks 'epochs: how many passes over the training data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs, verbose=0)'),
]
