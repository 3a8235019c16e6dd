"""Wrong: compares the error rate 1 - accuracy with the threshold, as sklearn-style tolerances are written; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "at accuracy 0.979 (threshold 0.98)"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if 1.0 - (logs or {}).get("accuracy", 0.0) <= self.threshold:'),
]
