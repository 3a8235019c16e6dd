"""Right: counts the whole periods passed as len(range(every, epoch + 1, every)) (0 for epochs 0..every-1, 1 for every..2*every-1, ...) and halves that many times."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    (
        '        return initial_rate * 0.5 ** (epoch // every)\n',
        '        periods = len(range(every, epoch + 1, every))\n        return initial_rate * 0.5 ** periods\n',
    ),
]
