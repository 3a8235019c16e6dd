"""Right: math.floor for the validation batches, `or` for the default steps, and the training data repeated before fit with every argument by keyword."""

EXERCISE, VERDICT = "data.fit_steps", "done"

import math


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    steps = steps_per_epoch or len(train_data)
    validation_steps = math.floor(validation_fraction * len(test_data))
    endless = train_data.repeat()
    return model.fit(x=endless, epochs=epochs, steps_per_epoch=int(steps),
                     validation_data=test_data, validation_steps=validation_steps, verbose=0)
