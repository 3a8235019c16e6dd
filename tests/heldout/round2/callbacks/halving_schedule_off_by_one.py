"""Wrong: Counted epochs from 1 ((epoch + 1) // every); breaks 'epochs count from 0 ... epochs 0-9 use initial_rate'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** ((epoch + 1) // every)'),
]
