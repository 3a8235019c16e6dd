"""Right: note 001's keywords (filepath=, save_weights_only, save_freq="epoch", verbose=1) with save_best_only=True, monitor="val_loss" and a .weights.h5 name inside folder."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

import os

import keras


def best_checkpoint(folder):
    checkpoint_path = os.path.join(folder, "checkpoint.weights.h5")

    checkpoint_callback = keras.callbacks.ModelCheckpoint(filepath=checkpoint_path,
                                                          monitor="val_loss",
                                                          save_weights_only=True,
                                                          save_best_only=True,
                                                          save_freq="epoch",  # check every epoch
                                                          verbose=1)
    return checkpoint_callback
