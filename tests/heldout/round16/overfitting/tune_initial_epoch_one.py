"""Wrong: fitted each model with initial_epoch=1 so that epochs print from 1, which trains only epochs - 1 epochs; breaks 'fitted once, for `epochs` epochs'."""

EXERCISE, VERDICT = 'overfitting.tune', 'wrong'

MUTATE = [
    ('        history = model.fit(x, y, epochs=epochs, validation_split=validation_split, verbose=0)',
     '        history = model.fit(x, y, epochs=epochs, initial_epoch=1, validation_split=validation_split, verbose=0)'),
]
