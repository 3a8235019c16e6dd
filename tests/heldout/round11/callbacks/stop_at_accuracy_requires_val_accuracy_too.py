"""Wrong: also waits for val_accuracy to reach the threshold (missing without validation data, so read as 0.0); breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        logs = logs or {}\n        if logs.get("accuracy", 0.0) >= self.threshold and logs.get("val_accuracy", 0.0) >= self.threshold:'),
]
