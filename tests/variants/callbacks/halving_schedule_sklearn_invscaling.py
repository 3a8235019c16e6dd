"""Wrong: sklearn's learning_rate="invscaling" rule, initial_rate / (epoch + 1) ** 0.5; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", "learning rates, epochs 0, 1, 2, 3, 4, 5, 6, 7, 0, 6, 6, 2, 3"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate / (epoch + 1) ** 0.5'),
]
