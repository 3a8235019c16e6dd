"""Wrong: runs a single epoch of epochs * steps batches (validating once at its end); breaks 'every epoch trains on exactly steps_per_epoch batches of train_data'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,',
     '    return model.fit(train_data.repeat(), epochs=1, steps_per_epoch=epochs * steps, validation_data=test_data,'),
]
