"""Right: a Callback subclass that prints an empty string ended by a newline at every hundredth epoch, then the dot, both through print's end argument."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

import keras


class Dots(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        print(end="\n" if epoch % 100 == 0 else "")
        print(end=".")


def progress_dots():
    return Dots()
