"""Right: fits once with validation_split, then scores with model.evaluate on the same held-out tail (the last floor(n * (1 - split)) rows onward, as Keras splits): the accuracy of the final weights on that data, which is the last epoch's val_accuracy."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n',
     '        model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n        split_at = int(np.floor(len(x) * (1.0 - validation_split)))\n        _, scores[rate, width, drop] = model.evaluate(x[split_at:], y[split_at:], verbose=0)\n'),
]
