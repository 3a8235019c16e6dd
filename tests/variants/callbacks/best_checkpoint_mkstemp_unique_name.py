"""Right: reserves a unique file name in the folder with tempfile.mkstemp(suffix=".weights.h5"), then checkpoints into it."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "done", ""

import datetime
import os

import keras
import tempfile


def best_checkpoint(folder):
    handle, path = tempfile.mkstemp(prefix="best-", suffix=".weights.h5", dir=folder)
    os.close(handle)
    return keras.callbacks.ModelCheckpoint(filepath=path, monitor="val_loss", mode="min",
                                           save_best_only=True, save_weights_only=True)
