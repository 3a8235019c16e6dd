"""Right: the file name is a module-level constant (never changed), and every option is passed by keyword, mode="min", save_freq="epoch" and verbose=0 spelled out."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "done", ""

import os

import keras

BEST_WEIGHTS_FILE = "best.weights.h5"


def best_checkpoint(folder):
    return keras.callbacks.ModelCheckpoint(
        filepath=os.path.join(folder, BEST_WEIGHTS_FILE),
        monitor="val_loss",
        mode="min",
        save_best_only=True,
        save_weights_only=True,
        save_freq="epoch",
        verbose=0,
    )
