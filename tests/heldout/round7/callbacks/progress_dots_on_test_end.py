"""Wrong: prints in on_test_end, the end of each validation pass, so a fit() without validation data prints nothing; breaks 'one dot per finished epoch'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ("""class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:""",
     """class PrintDot(keras.callbacks.Callback):
    epoch = 0

    def on_epoch_begin(self, epoch, logs=None):
        self.epoch = epoch

    def on_test_end(self, logs=None):
        epoch = self.epoch
        if epoch % 100 == 0:"""),
]
