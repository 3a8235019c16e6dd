"""Wrong: stops when any logged value (the loss too) reaches the threshold, not the accuracy; breaks 'below it, training goes on'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if any(value >= self.threshold for value in (logs or {}).values()):'),
]
