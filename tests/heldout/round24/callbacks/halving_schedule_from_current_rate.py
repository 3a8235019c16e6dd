"""Wrong: the learner halved the rate the scheduler hands in, returning rate / 2 every `every` epochs and rate otherwise (the usual step-decay recipe), believing the optimizer starts at initial_rate anyway; with the optimizer set to another rate every value is off, initial_rate is never used, which breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every), whatever rate the optimizer had before'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        if epoch > 0 and epoch % every == 0:\n'
     '            return rate * 0.5\n'
     '        return rate'),
]
