"""Wrong: the learner prints from on_epoch_begin instead of on_epoch_end, so that a dot shows up as soon as an epoch starts; in a fit() of 3 epochs the output is the same newline and three dots, but the dot now stands for an epoch begun, not finished (the last dot is out before the last epoch has run), and an epoch that ends prints nothing: 250 epoch ends give no newline and no dot; breaks 'one dot per finished epoch (not per batch)'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'on_epoch_begin'

MUTATE = [
    ('''class PrintDot(keras.callbacks.Callback):
    def on_epoch_end(self, epoch, logs=None):''',
     '''class PrintDot(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):'''),
]
