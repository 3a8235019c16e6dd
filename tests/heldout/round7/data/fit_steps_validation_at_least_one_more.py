"""Wrong: adds one validation batch 'to never validate on zero batches'; breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ("""    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)) + 1, verbose=0)"""),
]
