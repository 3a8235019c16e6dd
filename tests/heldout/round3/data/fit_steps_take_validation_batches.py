"""Right: Validates on test_data.take(int(validation_fraction * len(test_data))) instead of passing validation_steps."""
EXERCISE, VERDICT = "data.fit_steps", "done"
MUTATE = [
    ('''    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)''',
     '''    steps = steps_per_epoch if steps_per_epoch is not None else len(train_data)
    validation = test_data.take(int(validation_fraction * len(test_data)))
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=int(steps), validation_data=validation,
                     verbose=0)'''),
]
