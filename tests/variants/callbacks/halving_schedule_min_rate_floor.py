"""Wrong: keeps a floor under the rate, max(..., 1e-6), as ReduceLROnPlateau's min_lr does, so after enough halvings the rate stops halving; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", 'no floor'

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return max(initial_rate * 0.5 ** (epoch // every), 1e-6)  # min_lr'),
]
