"""Right: prints "\n." at epochs 0, 100, 200, ... and "." otherwise, always with end=""."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"

import keras


class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print("\n." if epoch % 100 == 0 else ".", end="")


def progress_dots():
    return PrintDot()
