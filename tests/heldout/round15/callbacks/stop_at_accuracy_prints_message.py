"""Right: prints the course's message ("Reached 98% accuracy so cancelling training!", with its own threshold) when it stops: a harmless extra to the same >= rule."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
     '    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n            print(f"\\nReached {self.threshold:.0%} accuracy so cancelling training!")\n'),
]
