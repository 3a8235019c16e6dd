"""Right: the line length is a constructor parameter (default 100, kept on the instance); each epoch prints its dot in one flushed print, prefixed by a newline when the epoch starts a line."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "done", ""

import keras


class PrintDot(keras.callbacks.Callback):
    def __init__(self, per_line=100):
        super().__init__()
        self.per_line = per_line

    def on_epoch_end(self, epoch, logs=None):
        start = "\n" if epoch % self.per_line == 0 else ""
        print(start + ".", end="", flush=True)


def progress_dots(per_line=100):
    return PrintDot(per_line)
