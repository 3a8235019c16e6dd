"""Wrong: sklearn's learning_rate="invscaling" rule, initial_rate / (epoch + 1) ** 0.5; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate / (epoch + 1) ** 0.5'),
]
