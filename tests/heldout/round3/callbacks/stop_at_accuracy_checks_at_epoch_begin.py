"""Wrong: Checked the accuracy in on_epoch_begin, whose logs hold no accuracy, so it never stops; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_begin(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True'''),
]
