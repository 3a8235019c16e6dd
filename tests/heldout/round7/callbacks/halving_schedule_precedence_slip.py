"""Wrong: writes initial_rate * 0.5 ** epoch // every without parentheses, which floor-divides the rate itself (0.0); breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * 0.5 ** epoch // every'),
]
