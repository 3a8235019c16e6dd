"""Right: divides by a power of two built with a bit shift, 1 << (epoch // every)."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate / (1 << (epoch // every))'),
]
