"""Wrong: multiplies the logged accuracy by 100 (thinking logs are fractions and the threshold a percentage), so almost any accuracy stops; breaks 'below it, training goes on'."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        if (logs or {}).get("accuracy", 0.0) * 100 >= self.threshold:'),
]
