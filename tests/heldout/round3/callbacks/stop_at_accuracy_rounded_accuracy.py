"""Wrong: Rounded the accuracy to two decimals before comparing (as it prints), so 0.979 counts as 0.98; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('''    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''    def on_epoch_end(self, epoch, logs=None):
        if round((logs or {}).get("accuracy", 0.0), 2) >= self.threshold:
            self.model.stop_training = True'''),
]
