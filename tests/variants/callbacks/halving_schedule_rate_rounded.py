"""Wrong: rounds the rate to 3 decimals 'to keep logs readable', so small rates turn into 0.001 or 0.0; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
SAYS = 'learning rates'
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return round(initial_rate * 0.5 ** (epoch // every), 3)'),
]
