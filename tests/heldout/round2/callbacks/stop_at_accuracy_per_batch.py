"""Wrong: Checked in on_train_batch_end, stopping mid-epoch on a batch's running accuracy; breaks 'when an epoch ends ... fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('def on_epoch_end(self, epoch, logs=None):\n        if (logs or {})',
     'def on_train_batch_end(self, batch, logs=None):\n        if (logs or {})'),
]
