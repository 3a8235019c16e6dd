"""Wrong: Capped the steps at one pass (min(steps_per_epoch, len(train_data))) to avoid running out; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data, whether that is fewer or more than len(train_data)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ("""    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    steps = len(train_data) if steps_per_epoch is None else min(steps_per_epoch, len(train_data))
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)"""),
]
