"""Right: Divides by 2 ** (epoch // every) instead of multiplying by 0.5 ** (epoch // every), and returns a float."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return float(initial_rate / 2 ** (epoch // every))'),
]
