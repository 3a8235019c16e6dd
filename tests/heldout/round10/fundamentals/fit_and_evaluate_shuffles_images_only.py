"""Wrong: shuffles the training images with np.random.shuffle before fitting, in place and without their labels; breaks 'train it on the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    np.random.shuffle(x_train)\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)'),
]
