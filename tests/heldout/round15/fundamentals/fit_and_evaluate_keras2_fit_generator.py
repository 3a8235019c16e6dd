"""Wrong: Keras 2 habit: trains with model.fit_generator over a generator of the training set, a method Keras 3 removed (AttributeError); breaks '(history, test_loss, test_accuracy): the History of the training run'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    def batches():\n        while True:\n            yield x_train, y_train\n\n    history = model.fit_generator(batches(), steps_per_epoch=1, epochs=epochs, verbose=0)'),
]
