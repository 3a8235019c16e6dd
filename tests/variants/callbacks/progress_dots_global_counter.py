"""Wrong: Counted epochs in a module-level counter instead of using epoch, so a second callback or run continues the count; breaks 'a new line started before the dots of epochs 0, 100, ...'."""
EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "not from a count kept between runs"
MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     '_DOTS = [0]\n\n\nclass PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if _DOTS[0] % 100 == 0:\n            print("")\n        _DOTS[0] += 1\n        print(".", end="")'),
]
