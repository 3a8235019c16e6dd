"""Wrong: halves the rate once, after the first `every` epochs, and never again; breaks 'with every=10, epochs 0-9 use initial_rate, 10-19 half of it, and so on'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    (
        '        return initial_rate * 0.5 ** (epoch // every)\n',
        '        return initial_rate * (0.5 if epoch >= every else 1.0)\n',
    ),
]
