"""Right: repeats the training data with repeat(-1) (forever, as repeat() does) and works the counts out in named variables."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    ('    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch\n    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     '    steps = steps_per_epoch if steps_per_epoch is not None else len(train_data)\n    validation_steps = int(validation_fraction * len(test_data))\n    endless = train_data.repeat(-1)\n    return model.fit(endless, validation_data=test_data, epochs=epochs, steps_per_epoch=int(steps),\n                     validation_steps=validation_steps, verbose=0)'),
]
