"""Right: a Callback subclass writing the newline and the dot with sys.stdout.write, flushing after each epoch."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"

import sys

import keras


class DotPrinter(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        sys.stdout.write(("\n" if epoch % 100 == 0 else "") + ".")
        sys.stdout.flush()


def progress_dots():
    return DotPrinter()
