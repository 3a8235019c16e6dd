"""Wrong: remembers that the threshold was reached and only stops at the end of the following epoch; breaks 'fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_end(self, epoch, logs=None):
        if getattr(self, "reached", False):
            self.model.stop_training = True
        self.reached = (logs or {}).get("accuracy", 0.0) >= self.threshold'''),
]
