"""Right: Writes the newline and the dot with sys.stdout.write instead of print."""
EXERCISE, VERDICT = "callbacks.progress_dots", "done"
MUTATE = [
    ('''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):
        if epoch % 100 == 0:
            print("")
        print(".", end="")''',
     'class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        import sys\n\n        sys.stdout.write(("\\n" if epoch % 100 == 0 else "") + ".")'),
]
