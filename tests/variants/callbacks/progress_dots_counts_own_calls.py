"""Wrong: counts its own epoch ends from on_train_begin instead of reading the epoch number, so a resumed fit (initial_epoch=50) breaks its lines at the wrong epochs, and epoch ends outside fit() fail; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'resumed'

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")',
     'class PrintDot(keras.callbacks.Callback):\n    def on_train_begin(self, logs=None):\n        self.seen = 0\n\n    def on_epoch_end(self, epoch, logs=None):\n        self.seen += 1\n        if self.seen % 100 == 1:\n            print("")'),
]
