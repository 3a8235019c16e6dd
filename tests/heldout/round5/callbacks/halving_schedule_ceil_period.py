"""Wrong: Used math.ceil(epoch / every), so epochs 1-10 use half; breaks 'with every=10, epochs 0-9 use initial_rate, 10-19 half of it'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'import math\n        return initial_rate * 0.5 ** math.ceil(epoch / every)'),
]
