"""Wrong: stops when either the training or the validation accuracy reaches the threshold (the larger of the two); breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", 'val_accuracy'

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        logs = logs or {}\n        if max(logs.get("accuracy", 0.0), logs.get("val_accuracy", 0.0)) >= self.threshold:'),
]
