"""Wrong: passes initial_epoch=1 so that epochs 'count from 1', which trains one epoch fewer; breaks 'epochs: how many passes over the training data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, initial_epoch=1, verbose=0)  # epochs count from 1'),
]
