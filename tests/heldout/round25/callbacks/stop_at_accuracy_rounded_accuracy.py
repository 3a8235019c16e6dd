"""Wrong: the learner rounded the accuracy to two decimals before comparing, to dodge float noise like 0.97999999; 0.979 rounds to 0.98 and stops; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if round((logs or {}).get("accuracy", 0.0), 2) >= self.threshold:'),
]
