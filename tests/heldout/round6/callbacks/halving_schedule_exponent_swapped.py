"""Wrong: writes (e // every) ** 0.5 instead of 0.5 ** (e // every), so epoch 0 gets rate 0 and the rate grows; breaks 'initial_rate * 0.5 ** (e // every)'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * (epoch // every) ** 0.5'),
]
