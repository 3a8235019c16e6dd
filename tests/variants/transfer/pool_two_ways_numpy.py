"""Correct: the GlobalAvgPool2D alias, and NumPy's mean over axes 1 and 2."""
EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "done", ""

import numpy as np
import tensorflow as tf


def pool_two_ways(feature_maps):
    by_layer = tf.keras.layers.GlobalAvgPool2D()(feature_maps).numpy()
    return by_layer, np.mean(feature_maps, axis=(1, 2))
