"""Right: Reads 'accuracy' and falls back to the notes' 'acc', skipping epochs that log neither, and stops at >= the threshold."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"
MUTATE = [
    ("""    def on_epoch_end(self, epoch, logs=None):
        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True""",
     '    def on_epoch_end(self, epoch, logs=None):\n        logs = logs or {}\n        accuracy = logs.get("accuracy", logs.get("acc"))\n        if accuracy is not None and float(accuracy) >= self.threshold:\n            print(f"\\nReached {accuracy:.3f} accuracy: stopping.")\n            self.model.stop_training = True'),
]
