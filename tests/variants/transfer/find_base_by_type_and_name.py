"""Correct: the nested keras.Model with that name, found by walking model.layers."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "done", ""

import tensorflow as tf


def find_base(model, base_name):
    for layer in model.layers:
        if isinstance(layer, tf.keras.Model) and layer.name == base_name:
            return layer, len(layer.layers)
