"""Wrong: keeps the optimizer's own rate for epoch 0 ('start where the optimizer is'); breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '''        if epoch == 0:
            return rate  # keep the optimizer's own rate to start with
        return initial_rate * 0.5 ** (epoch // every)'''),
]
