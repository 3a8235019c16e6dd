"""Wrong: validates on the last share of x via validation_data but still trains on all of x, so the validation examples are trained on; breaks 'fitted once ... holding out `validation_split` of x'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     '''        held = int(len(x) * validation_split)
        history = model.fit(x, y, epochs=epochs, validation_data=(x[-held:], y[-held:]), verbose=0)'''),
]
