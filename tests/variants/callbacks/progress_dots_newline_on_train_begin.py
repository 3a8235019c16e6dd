"""Wrong (round 9 had it right): prints the first newline in on_train_begin and the later ones before epochs 100, 200, ... in on_epoch_end; a fit() from epoch 0 prints the same lines, but a fit resumed at epoch 150 starts a line before epoch 150; breaks 'a new line started before the dots of epochs 0, 100, 200, ...'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "resumed"

MUTATE = [
    (
        'class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n',
        'class PrintDot(keras.callbacks.Callback):\n    def on_train_begin(self, logs=None):\n        print("")\n\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch and epoch % 100 == 0:\n            print("")\n',
    ),
]
