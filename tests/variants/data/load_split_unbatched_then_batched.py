"""Right: loads both parts with batch_size=None and batches them with Dataset.batch(batch_size) afterwards."""

EXERCISE, VERDICT, SAYS = "data.load_split", "done", ""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    parts = []
    for subset in ("training", "validation"):
        part = keras.utils.image_dataset_from_directory(
            directory, labels="inferred", label_mode=label_mode, image_size=image_size,
            batch_size=None, shuffle=True, seed=seed, validation_split=0.2, subset=subset)
        parts.append(part.batch(batch_size))
    return parts[0], parts[1]
