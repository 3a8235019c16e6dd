"""Wrong: divides the rate with // as well as the epoch, initial_rate // 2 ** (e // every), which floors 0.04 to 0.0; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate // 2 ** (epoch // every)'),
]
