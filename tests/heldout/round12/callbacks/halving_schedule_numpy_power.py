"""Right: computes the rate with np.power (a NumPy float64, which the scheduler accepts as a float)."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('import keras\n',
     'import keras\nimport numpy as np\n'),
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * np.power(0.5, epoch // every)'),
]
