"""Right: floor-divides by float(every): 7 // 3.0 is 2.0, still whole periods, and 0.5 ** 2.0 equals 0.5 ** 2."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * 0.5 ** (epoch // float(every))'),
]
