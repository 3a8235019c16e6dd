"""Wrong: collects the dots in a string and prints it all in on_train_end, so nothing shows while training and epoch ends alone print nothing; breaks 'one dot per finished epoch (not per batch), with no newline after it'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'as its epoch ends'

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")\n        print(".", end="")',
     'class PrintDot(keras.callbacks.Callback):\n    def __init__(self):\n        super().__init__()\n        self.dots = ""\n\n    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            self.dots += "\\n"\n        self.dots += "."\n\n    def on_train_end(self, logs=None):\n        print(self.dots, end="")'),
]
