"""Wrong: gives stop_at_accuracy a default threshold of 0.9 (the value the grader's long fit uses) instead of 0.98; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('def stop_at_accuracy(threshold=0.98):',
     'def stop_at_accuracy(threshold=0.9):'),
]
