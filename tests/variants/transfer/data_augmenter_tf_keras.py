"""Correct: tf.keras spelling, layers added one by one, rotation as a (low, high) range."""
EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "done", ""

import tensorflow as tf


def data_augmenter():
    augment = tf.keras.Sequential()
    augment.add(tf.keras.layers.RandomFlip("horizontal"))
    augment.add(tf.keras.layers.RandomRotation((-0.2, 0.2)))
    return augment
