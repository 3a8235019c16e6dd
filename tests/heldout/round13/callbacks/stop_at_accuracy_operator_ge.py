"""Right: compares with operator.ge(accuracy, threshold) and reads the logs with a guard clause."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True',
     '    def on_epoch_end(self, epoch, logs=None):\n        import operator\n        if not logs or "accuracy" not in logs:\n            return\n        if operator.ge(logs["accuracy"], self.threshold):\n            self.model.stop_training = True'),
]
