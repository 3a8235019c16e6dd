"""Wrong: Used round(epoch / every), so epoch 5 of every=10 already halves; breaks 'rate for epoch e is initial_rate * 0.5 ** (e // every) ... epochs 0-9 use initial_rate'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** round(epoch / every)'),
]
