"""Right: every option written out (verbose 0, mode "auto", save_freq "epoch") around val_loss, best only, weights only."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

import os

import keras


def best_checkpoint(folder):
    return keras.callbacks.ModelCheckpoint(os.path.join(folder, "checkpoint.weights.h5"), monitor="val_loss",
                                           verbose=0, save_best_only=True, save_weights_only=True,
                                           mode="auto", save_freq="epoch")
