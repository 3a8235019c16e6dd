"""Right: Counts a whole pass with train_data.cardinality(), repeats the training data, and rounds the validation steps down with math.floor."""
EXERCISE, VERDICT = "data.fit_steps", "done"
MUTATE = [
    ("""    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)""",
     """    import math
    steps = steps_per_epoch if steps_per_epoch is not None else int(train_data.cardinality())
    validation_steps = math.floor(validation_fraction * len(test_data))
    return model.fit(x=train_data.repeat(), epochs=epochs, steps_per_epoch=int(steps), validation_data=test_data,
                     validation_steps=validation_steps, verbose=0)"""),
]
