"""Wrong: holds out 20 % of the training data with validation_split=0.2 to watch the curves, so the model trains on only 80 % of it; breaks 'train it on the training data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'validation_split'

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, validation_split=0.2, verbose=0)'),
]
