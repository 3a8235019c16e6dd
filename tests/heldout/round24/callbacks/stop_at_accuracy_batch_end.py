"""Wrong: the learner hooked on_train_batch_end instead of on_epoch_end, thinking checking after every batch stops sooner and so better; training stops in the middle of an epoch, on a batch's running accuracy, which breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '    def on_train_batch_end(self, batch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:'),
]
