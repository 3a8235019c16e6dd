"""Wrong: passes the two step counts the wrong way round, steps_per_epoch=validation batches and validation_steps=training steps; breaks 'every epoch trains on exactly steps_per_epoch batches of train_data'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('epochs=epochs, steps_per_epoch=steps, validation_data=test_data,\n                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)',
     'epochs=epochs, steps_per_epoch=int(validation_fraction * len(test_data)),\n                     validation_data=test_data, validation_steps=steps, verbose=0)'),
]
