"""Wrong: fit(..., steps_per_epoch=1), copied from dataset code, so each epoch trains on a single batch, not the whole training set; breaks 'epochs: how many passes over the training data'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
SAYS = 'batches per epoch'
MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, steps_per_epoch=1, verbose=0)'),
]
