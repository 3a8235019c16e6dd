"""Wrong: also stops when the training loss falls below 1 - threshold, as a second sign of a good enough model, which stops runs whose accuracy is still below the threshold; breaks 'below it, training goes on'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        logs = logs or {}\n        if logs.get("accuracy", 0.0) >= self.threshold or logs.get("loss", 1.0) < 1.0 - self.threshold:'),
]
