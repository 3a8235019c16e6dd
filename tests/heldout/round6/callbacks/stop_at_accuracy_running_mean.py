"""Wrong: compares the mean accuracy of all epochs so far with the threshold, so it stops later than the first epoch that reaches it; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_end(self, epoch, logs=None):
        self.seen = getattr(self, "seen", []) + [(logs or {}).get("accuracy", 0.0)]
        if sum(self.seen) / len(self.seen) >= self.threshold:  # smooth out noisy epochs
            self.model.stop_training = True'''),
]
