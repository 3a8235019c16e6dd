"""Right: prints the dot as print(end=".") and the newline with a bare print()."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "done", ""

import datetime
import os

import keras


class Dots(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print()
        print(end=".")


def progress_dots():
    return Dots()
