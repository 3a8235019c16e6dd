"""Wrong: Built the callback with 0.98 whatever threshold is; breaks 'holding its threshold' (grader's 0.5 and 0.9)."""
EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"
MUTATE = [
    ('return StopAtAccuracy(threshold)',
     'return StopAtAccuracy(0.98)'),
]
