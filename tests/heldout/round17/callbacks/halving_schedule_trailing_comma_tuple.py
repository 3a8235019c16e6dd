"""Wrong: ends the schedule's return line with a comma, so it returns a 1-tuple that LearningRateScheduler refuses (it needs a float); breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * 0.5 ** (epoch // every),'),
]
