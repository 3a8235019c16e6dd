"""Right: computes the rate in float32, np.float32(initial_rate) * np.float32(0.5) ** (epoch // every), the optimizer's own precision: the same halving every `every` epochs, differing from the float64 value only below float32's precision."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        import numpy as np\n\n        return np.float32(initial_rate) * np.float32(0.5) ** (epoch // every)'),
]
