"""Wrong: reads 1 - loss as the accuracy instead of the logged accuracy; breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        if 1.0 - (logs or {}).get("loss", 1.0) >= self.threshold:'),
]
