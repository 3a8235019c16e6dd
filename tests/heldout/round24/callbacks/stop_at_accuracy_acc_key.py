"""Wrong: the learner read logs.get("acc"), the notes' spelling of the metric, believing Keras logs accuracy under "acc" whatever compile() was given; with metrics=["accuracy"] the key is missing, the callback reads 0.0 and never stops, which breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     'if (logs or {}).get("acc", 0.0) >= self.threshold:'),
]
