"""Wrong: Waited for two epochs in a row at the threshold 'to be sure' before stopping; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.model.stop_training = True',
     '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n            self.hits = getattr(self, "hits", 0) + 1\n            if self.hits >= 2:\n                self.model.stop_training = True\n        else:\n            self.hits = 0'),
]
