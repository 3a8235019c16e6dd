"""Wrong: Returned history.history, the dict; breaks 'Returns: the History of the run'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     '    history = model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n                        validation_steps=int(validation_fraction * len(test_data)), verbose=0)\n    return history.history'),
]
