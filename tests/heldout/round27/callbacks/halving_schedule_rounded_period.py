"""Wrong: the learner counts the periods with round(epoch / every) instead of whole periods, initial_rate * 0.5 ** round(epoch / every); their printout of epochs 0, 10 and 20 with every=10 showed 0.01, 0.005, 0.0025 as wanted, but between the boundaries the rate halves early: with every=10, epochs 6 to 9 already get half the rate (round(0.6) = 1), and with every=3, epoch 2 does; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every) ... epochs 0-9 use initial_rate, 10-19 half of it'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('''        return initial_rate * 0.5 ** (epoch // every)''',
     '''        return initial_rate * 0.5 ** round(epoch / every)'''),
]
