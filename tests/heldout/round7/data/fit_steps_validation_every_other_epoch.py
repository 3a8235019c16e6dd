"""Wrong: adds validation_freq=2 to save time, so only every second epoch validates; breaks 'every epoch validates on test_data, on int(validation_fraction * len(test_data)) batches'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ("""    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), validation_freq=2, verbose=0)"""),
]
