"""Right: the layer route flattens height and width into one axis and uses GlobalAveragePooling1D; the mean route is np.mean over axes (1, 2)."""

EXERCISE, VERDICT = "transfer.pool_two_ways", "done"

import keras
import numpy as np


def pool_two_ways(feature_maps):
    maps = np.asarray(feature_maps, dtype="float32")
    n, height, width, channels = maps.shape
    positions = maps.reshape(n, height * width, channels)
    by_layer = keras.layers.GlobalAveragePooling1D()(positions)
    by_mean = np.mean(maps, axis=(1, 2))
    return np.asarray(by_layer), by_mean
