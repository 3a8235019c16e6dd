"""Wrong: Shifted the epoch by one, (epoch - 1) // every, thinking epochs count from 1, so epoch 0 gets twice the rate; breaks 'epochs count from 0 ... epochs 0-9 use initial_rate'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** ((epoch - 1) // every)'),
]
