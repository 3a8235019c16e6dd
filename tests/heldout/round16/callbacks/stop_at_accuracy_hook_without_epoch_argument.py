"""Wrong: defines on_epoch_end(self, logs=None) without the epoch argument, so Keras's call on_epoch_end(epoch, logs) raises TypeError at the first epoch end; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on'."""

EXERCISE, VERDICT = 'callbacks.stop_at_accuracy', 'wrong'

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs',
     '    def on_epoch_end(self, logs=None):\n        if (logs'),
]
