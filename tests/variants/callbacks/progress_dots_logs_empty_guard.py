"""Wrong: returns early when the epoch's logs are empty or missing (a guard copied from callbacks that read logs), so epoch ends without logs print nothing; breaks 'one dot per finished epoch (not per batch), with no newline after it'."""

EXERCISE, VERDICT, SAYS = "callbacks.progress_dots", "wrong", 'resumed'

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:',
     '    def on_epoch_end(self, epoch, logs=None):\n        if not logs:\n            return\n        if epoch % 100 == 0:'),
]
