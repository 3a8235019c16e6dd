"""Right: shuffles the whole batches each pass before the endless repeat; every epoch still trains on steps batches of train_data."""

EXERCISE, VERDICT, SAYS = "data.fit_steps", "done", ""

import csv
import json
import math

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    if steps_per_epoch is None:
        steps_per_epoch = len(train_data)
    train_stream = train_data.shuffle(len(train_data)).repeat()
    return model.fit(train_stream, epochs=epochs, steps_per_epoch=int(steps_per_epoch),
                     validation_data=test_data,
                     validation_steps=math.floor(validation_fraction * len(test_data)), verbose=0)
