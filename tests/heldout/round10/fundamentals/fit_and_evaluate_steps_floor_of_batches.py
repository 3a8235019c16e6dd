"""Wrong: passes steps_per_epoch=len(x_train) // 32; on arrays Keras 3 then trains that many batches an epoch, dropping the partial batch from the pass and carrying its iterator over to the next epoch; breaks 'epochs: how many passes over the training data.'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, steps_per_epoch=len(x_train) // 32, verbose=0)'),
]
