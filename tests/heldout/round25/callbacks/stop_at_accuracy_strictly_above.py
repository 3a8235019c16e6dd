"""Wrong: the learner compared with >, 'reaches' read as 'passes', and their run (which overshot 0.98) stopped as expected; an epoch ending at exactly the threshold trains on; breaks 'it reads "reaches" as >= : an accuracy of exactly 0.98 stops'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if (logs or {}).get("accuracy", 0.0) > self.threshold:'),
]
