"""Right: assigns model.stop_training = model.stop_training or (accuracy >= threshold), never resetting a stop another callback asked for."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True',
     '        reached = (logs or {}).get("accuracy", 0.0) >= self.threshold\n        self.model.stop_training = self.model.stop_training or reached'),
]
