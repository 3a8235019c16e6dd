"""Wrong: to call print() less often collects the dots and prints them ten at a time, so an epoch's dot appears only when its group of ten is full (a 3-epoch fit prints no dot at all); breaks 'one dot per finished epoch'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", "dots in fit"

MUTATE = [
    ('class PrintDot(keras.callbacks.Callback):\n'
     '    def on_epoch_end(self, epoch, logs=None):\n'
     '        if epoch % 100 == 0:\n'
     '            print("")\n'
     '        print(".", end="")',
     'class PrintDot(keras.callbacks.Callback):\n'
     '    pending = 0  # dots owed: one print() per ten epochs is cheaper than one per epoch\n'
     '\n'
     '    def on_epoch_end(self, epoch, logs=None):\n'
     '        if epoch % 100 == 0:\n'
     '            print("")\n'
     '        self.pending += 1\n'
     '        if self.pending == 10:\n'
     '            print("." * self.pending, end="")\n'
     '            self.pending = 0'),
]
