"""Right: takes the training columns' mean and variance from tf.nn.moments(axes=[0]) and returns NumPy arrays."""

EXERCISE, VERDICT, SAYS = "fundamentals.normalize_features", "done", ""

import os

import keras
import numpy as np
import tensorflow as tf


def normalize_features(train, test):
    mean, variance = tf.nn.moments(tf.constant(train), axes=[0])
    std = tf.sqrt(variance)
    return ((tf.constant(train) - mean) / std).numpy(), ((tf.constant(test) - mean) / std).numpy()
