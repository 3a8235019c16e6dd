"""Wrong: Printed from on_epoch_begin, a dot for each epoch that starts; breaks 'one dot per finished epoch' (epoch ends print nothing)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):''',
     '''class PrintDot(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):'''),
]
