"""Wrong: a dot per batch."""
EXERCISE, VERDICT, SAYS = 'callbacks.progress_dots', "wrong", 'on_epoch_end'
MUTATE = [('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):', 'class PrintDot(keras.callbacks.Callback):\n    def on_train_batch_end(self, epoch, logs=None):')]
