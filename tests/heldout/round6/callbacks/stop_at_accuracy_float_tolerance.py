"""Wrong: subtracts a 0.01 'float tolerance' from the threshold, so 0.979 already stops at 0.98; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        if (logs or {}).get("accuracy", 0.0) >= self.threshold - 0.01:  # allow for float rounding'),
]
