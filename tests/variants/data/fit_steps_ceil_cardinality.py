"""Correct: note 004 rewritten for Keras 3: the number of samples counted, math.ceil(samples / 32) steps, repeat only when needed."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "done", ""

import math

import tensorflow as tf


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    samples = int(train_data.unbatch().reduce(0, lambda count, _: count + 1))
    batch_size = int(next(iter(train_data))[0].shape[0])
    if steps_per_epoch is None:
        steps_per_epoch = math.ceil(samples / batch_size)
    if steps_per_epoch == int(tf.data.experimental.cardinality(train_data)):
        data = train_data  # a whole pass each epoch: the iterator starts again by itself
    else:
        data = train_data.repeat()
    validation_steps = math.floor(validation_fraction * int(test_data.cardinality()))
    history = model.fit(data, validation_data=test_data, epochs=epochs, steps_per_epoch=steps_per_epoch,
                        validation_steps=validation_steps)
    return history
