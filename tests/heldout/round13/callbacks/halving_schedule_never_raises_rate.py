"""Wrong: returns min(rate, initial_rate * 0.5 ** (epoch // every)) so the schedule only ever lowers the optimizer's rate, and an optimizer set below initial_rate keeps its own rate; breaks 'whatever rate the optimizer had before'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return min(rate, initial_rate * 0.5 ** (epoch // every))'),
]
