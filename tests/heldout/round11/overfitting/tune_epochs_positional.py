"""Wrong: passes epochs as fit's third positional argument, which is batch_size: each run trains one epoch in batches of `epochs`; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     '        history = model.fit(x, y, epochs, validation_split=validation_split, verbose=0)'),
]
