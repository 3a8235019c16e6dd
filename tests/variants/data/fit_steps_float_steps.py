"""Wrong: note 004's steps_per_epoch=samples / 32, a float, which Keras 3 refuses."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "math.ceil(samples / 32)"

import numpy as np


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    batch_size = len(next(iter(train_data))[1])
    samples = sum(len(labels) for _, labels in train_data)
    steps = samples / batch_size if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)))
