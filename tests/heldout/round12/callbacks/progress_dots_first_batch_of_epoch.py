"""Wrong: prints the dot when the first batch of an epoch ends (and the newline when the epoch begins), not when the epoch ends; breaks 'one dot per finished epoch (not per batch)'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     'class PrintDot(keras.callbacks.Callback):\n    def on_epoch_begin(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n\n    def on_train_batch_end(self, batch, logs=None):\n        if batch == 0:\n            print(".", end="")'),
]
