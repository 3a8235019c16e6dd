"""Right: gives PrintDot an __init__(self, every=100) that never calls super().__init__(); Keras 3's Callback needs nothing from it (fit() sets the model and params), so it prints a newline before epochs 0, 100, 200, ... and one dot per epoch, as the reference does."""

EXERCISE, VERDICT = "callbacks.progress_dots", "done"

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n',
     'class PrintDot(keras.callbacks.Callback):\n    def __init__(self, every=100):\n        self.every = every\n\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % self.every == 0:\n'),
]
