"""Wrong: the learner wrote initial_rate * 0.5 ** (epoch / every), and epoch 0 gave initial_rate as expected; the rate drops a little every epoch instead of once every `every` epochs; breaks 'initial_rate * 0.5 ** (e // every) ... Whole periods: e / every would lower the rate a little every epoch'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** (epoch / every)'),
]
