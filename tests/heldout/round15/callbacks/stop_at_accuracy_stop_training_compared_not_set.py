"""Wrong: typo in the course's line: writes self.model.stop_training == True, a comparison whose result is thrown away, so the flag is never set and training never stops early; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
     '    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training == True\n'),
]
