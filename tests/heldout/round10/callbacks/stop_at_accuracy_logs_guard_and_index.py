"""Right: guards against missing logs and indexes logs['accuracy'] only when the key is there, threshold passed by keyword."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True',
     '    def on_epoch_end(self, epoch, logs=None):\n        if not logs or "accuracy" not in logs:\n            return\n        if logs["accuracy"] >= self.threshold:\n            self.model.stop_training = True'),
    ('    return StopAtAccuracy(threshold)',
     '    return StopAtAccuracy(threshold=threshold)'),
]
