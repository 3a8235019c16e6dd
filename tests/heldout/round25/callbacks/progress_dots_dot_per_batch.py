"""Wrong: the learner printed in on_train_batch_end, and their check fit one batch per epoch, so one dot per epoch came out; with 4 batches an epoch prints 4 dots; breaks 'one dot per finished epoch (not per batch)'."""

EXERCISE, VERDICT = "callbacks.progress_dots", "wrong"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")',
     '    def on_train_batch_end(self, epoch, logs=None):\n        if epoch % 100 == 0:\n            print("")'),
]
