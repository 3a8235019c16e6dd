"""Wrong: the learner counted the finished epochs themselves, so that rows stay right when fit() is called again with initial_epoch, and kept the count as a class attribute (PrintDot.finished += 1); their single run of 250 epochs printed the right rows; every PrintDot shares the count, so a new callback goes on where the last one stopped (after 250 epochs, a new 3-epoch fit prints no opening newline and continues the half row); breaks 'a new line started before the dots of epochs 0, 100, 200, ...' and 'changes neither them, nor this module's variables'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print("")
        print(".", end="")''',
     '''class PrintDot(keras.callbacks.Callback):
    finished = 0

    def on_epoch_end(self, epoch, logs=None):
        if PrintDot.finished % 100 == 0:
            print("")
        print(".", end="")
        PrintDot.finished += 1'''),
]
