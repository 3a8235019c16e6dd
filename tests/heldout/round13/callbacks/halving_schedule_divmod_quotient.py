"""Right: takes the number of whole periods from divmod(epoch, every)[0] and halves with (1 / 2) ** periods."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        periods, _ = divmod(epoch, every)\n        return float(initial_rate * (1 / 2) ** periods)'),
]
