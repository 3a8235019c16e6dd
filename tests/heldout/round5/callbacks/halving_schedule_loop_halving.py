"""Right: Halves initial_rate in a loop, once per whole period elapsed, ignoring the optimizer's current rate."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'value = initial_rate\n        for _ in range(epoch // every):\n            value /= 2\n        return value'),
]
