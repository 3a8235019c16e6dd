"""Right: filters the dictionaries, shuffles, batches, then scales whole batches in one vectorised map (the tf.data guide's advice), prefetch last."""

EXERCISE, VERDICT, SAYS = "data.image_label_pairs", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def image_label_pairs(dataset, batch_size=32):
    labelled = dataset.filter(lambda example: tf.greater_equal(example["label"], 0))
    batches = labelled.shuffle(1024).batch(batch_size)
    pairs = batches.map(lambda example: (tf.cast(example["image"], tf.float32) / 255.0, example["label"]),
                        num_parallel_calls=AUTOTUNE)
    return pairs.prefetch(AUTOTUNE)
