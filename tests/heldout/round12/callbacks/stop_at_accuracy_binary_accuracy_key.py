"""Wrong: reads the key "binary_accuracy" (a binary problem's metric name) instead of the name compile() was given; breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('(logs or {}).get("accuracy", 0.0)',
     '(logs or {}).get("binary_accuracy", 0.0)'),
]
