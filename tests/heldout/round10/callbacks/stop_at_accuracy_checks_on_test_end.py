"""Wrong: checks the accuracy in on_test_end, which runs only after a validation pass, so a fit() without validation data never stops; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '    def on_test_end(self, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:'),
]
