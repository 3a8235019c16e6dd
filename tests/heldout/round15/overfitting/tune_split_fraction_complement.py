"""Wrong: reads validation_split as the share to train on and passes 1 - validation_split to fit(), so with 0.25 three quarters of x are held out; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n',
     '        history = model.fit(x, y, epochs=epochs, validation_split=1 - validation_split, verbose=0)\n        scores[rate, width, drop] = history.history["val_accuracy"][-1]\n'),
]
