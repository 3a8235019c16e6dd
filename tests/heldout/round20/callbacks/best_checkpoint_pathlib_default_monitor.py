"""Right: a file name built with pathlib (ends in .weights.h5), monitor left at its default "val_loss", mode="min", best only, weights only."""
EXERCISE, VERDICT = "callbacks.best_checkpoint", "done"

import pathlib

import keras


def best_checkpoint(folder):
    target = pathlib.Path(folder) / "lowest_val_loss.weights.h5"
    return keras.callbacks.ModelCheckpoint(filepath=str(target), save_weights_only=True, save_best_only=True,
                                           mode="min")
