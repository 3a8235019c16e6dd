"""Wrong: the learner typed the usual validation_split=0.2 in fit instead of passing the argument on; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     'history = model.fit(x, y, epochs=epochs, validation_split=0.2, verbose=0)'),
]
