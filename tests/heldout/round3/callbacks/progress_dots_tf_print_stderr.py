"""Wrong: Used tf.print, which writes to standard error, not standard output like the note's print; breaks 'one dot per finished epoch ... So 250 epochs print a newline, 100 dots, ...' (nothing is printed to the output)."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print("")
        print(".", end="")''',
     '''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        import tensorflow as tf

        if epoch % 100 == 0:
            tf.print("")
        tf.print(".", end="")'''),
]
