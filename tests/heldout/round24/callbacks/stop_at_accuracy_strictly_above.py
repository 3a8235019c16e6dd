"""Wrong: the learner compared with `>`, reading "reaches the threshold" as "goes past it"; an epoch ending at exactly the threshold trains on, which breaks 'it reads "reaches" as >= : an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if (logs or {}).get("accuracy", 0.0) > self.threshold:'),
]
