"""Wrong: Validated on all of x (validation_data=(x, y)) instead of holding a part out; breaks 'fitted once ... holding
out validation_split of x ... judging each on data the model did not train on'."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "also trained on"
MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     '        history = model.fit(x, y, epochs=epochs, validation_data=(x, y), verbose=0)'),
]
