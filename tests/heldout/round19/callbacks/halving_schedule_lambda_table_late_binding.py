"""Wrong: a table of rate lambdas made in a comprehension, each reading the exponent late, so every epoch gets initial_rate * 0.5 ** 63; breaks 'epochs 0-9 use initial_rate, 10-19 half of it'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)',
     '    rates = [lambda: initial_rate * 0.5 ** k for k in range(64)]\n\n    def schedule(epoch, rate):\n        return rates[min(epoch // every, 63)]()'),
]
