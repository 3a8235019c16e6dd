"""Wrong: precomputes a table of four rates (none, one, two and three halvings) and keeps the last one once the table runs out; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", 'learning rates'

MUTATE = [
    ('    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)',
     '    rates = [initial_rate * 0.5 ** k for k in range(4)]\n\n    def schedule(epoch, rate):\n        return rates[min(epoch // every, len(rates) - 1)]'),
]
