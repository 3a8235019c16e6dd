"""Right: the plain mean written as np.nanmean over axes (1, 2) (the same numbers when no value is NaN), the layer result through keras.ops.convert_to_numpy."""

EXERCISE, VERDICT, SAYS = "transfer.pool_two_ways", "done", ""

import keras
import numpy as np


def pool_two_ways(feature_maps):
    by_layer = keras.ops.convert_to_numpy(keras.layers.GlobalAveragePooling2D()(feature_maps))
    by_mean = np.nanmean(np.asarray(feature_maps), axis=(1, 2))
    return by_layer, by_mean
