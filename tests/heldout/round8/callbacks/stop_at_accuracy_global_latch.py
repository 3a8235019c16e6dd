"""Wrong: remembers in a module-level flag that the target was once reached, so every later callback stops after its first epoch whatever the accuracy; breaks 'below it, training goes on'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        'class StopAtAccuracy(',
        '_REACHED = False  # set once the target accuracy has been hit\n\n\nclass StopAtAccuracy(',
    ),
    (
        '    def on_epoch_end(self, epoch, logs=None):\n        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True\n',
        '    def on_epoch_end(self, epoch, logs=None):\n        global _REACHED\n        if _REACHED or (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            _REACHED = True\n            self.model.stop_training = True\n',
    ),
]
