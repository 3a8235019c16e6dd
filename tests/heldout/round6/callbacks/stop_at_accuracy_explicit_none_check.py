"""Right: reads the accuracy once, skips a missing value explicitly and compares it as a float with >=."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_end(self, epoch, logs=None):
        accuracy = None if logs is None else logs.get("accuracy")
        if accuracy is not None and float(accuracy) >= self.threshold:
            self.model.stop_training = True'''),
]
