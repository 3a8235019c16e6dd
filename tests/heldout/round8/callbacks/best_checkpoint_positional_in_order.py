"""Right: ModelCheckpoint's arguments given positionally in their real order (filepath, monitor, verbose, save_best_only, save_weights_only), the file named model_best.weights.h5."""

EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

import os

import keras


def best_checkpoint(folder):
    filepath = os.path.join(folder, "model_best.weights.h5")
    return keras.callbacks.ModelCheckpoint(filepath, "val_loss", 0, True, True)
