"""Wrong: Trained on all of x first, then fitted again with the split (the held-out part was already seen); breaks 'fitted once ... holding out validation_split of x'."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n',
     '        model.fit(x, y, epochs=epochs, verbose=0)\n        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)\n'),
]
