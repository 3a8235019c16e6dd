"""Right: sets the new rate as base_learning_rate * 0.1 rather than / 10, the same tenth (equal for 0.001, 0.02 and 0.005)."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('learning_rate=base_learning_rate / 10)',
     'learning_rate=base_learning_rate * 0.1)'),
]
