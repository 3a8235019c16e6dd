"""Wrong: Overrode on_train_batch_end, printing a dot per batch; breaks 'one dot per finished epoch (not per batch)'."""
EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"
MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:',
     '    def on_train_batch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:'),
]
