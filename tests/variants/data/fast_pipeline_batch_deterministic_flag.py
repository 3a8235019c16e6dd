"""Right: the same four steps with every option spelled, batch(drop_remainder=False, deterministic=True) and prefetch(buffer_size=tf.data.AUTOTUNE)."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    cached = dataset.cache()
    shuffled = cached.shuffle(buffer_size=shuffle_buffer, reshuffle_each_iteration=True)
    batched = shuffled.batch(batch_size, drop_remainder=False, deterministic=True)
    return batched.prefetch(buffer_size=tf.data.AUTOTUNE)
