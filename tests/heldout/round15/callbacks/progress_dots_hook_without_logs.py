"""Wrong: defines on_epoch_end(self, epoch) without the logs it never uses, but Keras calls on_epoch_end(epoch, logs), so every finished epoch raises TypeError; breaks 'one dot per finished epoch (not per batch)'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n',
     'class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch):\n        if epoch % 100 == 0:\n'),
]
