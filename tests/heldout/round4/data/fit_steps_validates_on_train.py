"""Wrong: Passed validation_data=train_data (copy-paste), with the test data's step count; breaks 'every epoch validates on test_data'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ("""    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=train_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)"""),
]
