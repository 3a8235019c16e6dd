"""Wrong: the learner read logs.get("acc"), the notes' name, and compiled their own check with metrics=["acc"], so it stopped; compiled with metrics=["accuracy"] the key is missing, the default 0 is read and training never stops; breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if (logs or {}).get("acc", 0.0) >= self.threshold:'),
]
