"""Wrong: reads val_accuracy whenever the logs hold it, and the training accuracy only otherwise; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'logs = logs or {}\n        if logs.get("val_accuracy", logs.get("accuracy", 0.0)) >= self.threshold:'),
]
