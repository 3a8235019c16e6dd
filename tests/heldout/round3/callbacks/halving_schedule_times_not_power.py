"""Wrong: Multiplied by 0.5 * (epoch // every) instead of raising 0.5 to it (rate 0 in the first period); breaks 'with every=10, epochs 0-9 use initial_rate, 10-19 half of it'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * 0.5 * (epoch // every)'),
]
