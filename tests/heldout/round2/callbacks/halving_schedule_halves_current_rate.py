"""Wrong: Halves the optimizer's current rate at each period boundary; breaks 'initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return rate * 0.5 if epoch > 0 and epoch % every == 0 else rate'),
]
