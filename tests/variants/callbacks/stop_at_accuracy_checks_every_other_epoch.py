"""Wrong: to save work reads the logs only on even epochs (returns early when epoch % 2), so an odd epoch that reaches the threshold lets training run one more epoch; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "at accuracy 0.98 (threshold 0.98)"

MUTATE = [
    ('    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '    def on_epoch_end(self, epoch, logs=None):\n'
     '        if epoch % 2:  # checking every epoch is wasted work: every other one is enough\n'
     '            return\n'
     '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:'),
]
