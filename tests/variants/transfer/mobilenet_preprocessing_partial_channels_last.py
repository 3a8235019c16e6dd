"""Right: returns Keras' MobileNetV2 function with the image layout fixed by functools.partial(..., data_format="channels_last")."""

EXERCISE, VERDICT, SAYS = "transfer.mobilenet_preprocessing", "done", ""

import functools

import keras


def mobilenet_preprocessing():
    return functools.partial(keras.applications.mobilenet_v2.preprocess_input, data_format="channels_last")
