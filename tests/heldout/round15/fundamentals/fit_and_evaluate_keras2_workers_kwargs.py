"""Wrong: Keras 2 habit: passes workers=4, use_multiprocessing=True to fit(); Keras 3 moved them to PyDataset, so fit() raises TypeError; breaks '(history, test_loss, test_accuracy): the History of the training run'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    history = model.fit(x_train, y_train, epochs=epochs, verbose=0,\n                        workers=4, use_multiprocessing=True)'),
]
