"""Right: Reads the epoch's accuracy only when logged and stops when it is not below the threshold (not acc < threshold, the same as >=)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_end(self, epoch, logs=None):
        accuracy = logs.get("accuracy") if logs else None
        if accuracy is not None and not accuracy < self.threshold:
            self.model.stop_training = True'''),
]
