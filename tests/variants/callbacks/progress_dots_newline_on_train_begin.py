"""Right: prints the first newline in on_train_begin and the later ones before epochs 100, 200, ... in on_epoch_end, so a fit() prints exactly the same lines."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "done", ''

MUTATE = [
    (
        'class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n',
        'class PrintDot(keras.callbacks.Callback):\n    def on_train_begin(self, logs=None):\n        print("")\n\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch and epoch % 100 == 0:\n            print("")\n',
    ),
]
