"""Wrong: the learner halved the optimizer's current rate at every multiple of `every` (returning it unchanged otherwise), which matches when the optimizer starts at initial_rate; an optimizer set to another rate keeps it, and initial_rate is never used; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        if epoch > 0 and epoch % every == 0:\n            return rate * 0.5\n        return rate'),
]
