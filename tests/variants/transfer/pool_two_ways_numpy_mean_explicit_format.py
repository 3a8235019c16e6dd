"""Right: takes the plain mean with NumPy over axes (1, 2), and spells the layer's data_format="channels_last"; both results as NumPy arrays."""

EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "done", ""

import keras
import numpy as np


def pool_two_ways(feature_maps):
    maps = np.asarray(feature_maps, dtype="float32")
    by_layer = keras.layers.GlobalAveragePooling2D(data_format="channels_last")(maps)
    by_mean = maps.mean(axis=(1, 2))
    return keras.ops.convert_to_numpy(by_layer), by_mean
