"""Wrong: writes the test as accuracy >= self.threshold is True, which Python chains into (accuracy >= threshold) and (threshold is True), always False, so training never stops; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        if (logs or {}).get("accuracy", 0.0) >= self.threshold is True:'),
]
