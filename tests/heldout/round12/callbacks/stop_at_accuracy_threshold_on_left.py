"""Right: writes the comparison as threshold <= accuracy, with an explicit check that the key is there."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'logs = logs or {}\n        if "accuracy" in logs and self.threshold <= logs["accuracy"]:'),
]
