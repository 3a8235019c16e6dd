"""Wrong: Rounded the validation steps up with math.ceil ('never zero'); breaks 'on int(validation_fraction * len(test_data)) batches (rounded down, as int() does)'."""
EXERCISE, VERDICT = "data.fit_steps", "wrong"
MUTATE = [
    ('''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)''',
     '''    import math

    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=math.ceil(validation_fraction * len(test_data)), verbose=0)'''),
]
