"""Right: tf.keras.callbacks.EarlyStopping on val_loss with mode="min" and min_delta=0 spelled out, restoring the best weights."""
EXERCISE, VERDICT = "callbacks.early_stopping", "done"

import tensorflow as tf


def early_stopping(patience=10):
    return tf.keras.callbacks.EarlyStopping(monitor="val_loss", mode="min", min_delta=0.0,
                                            patience=patience, restore_best_weights=True)
