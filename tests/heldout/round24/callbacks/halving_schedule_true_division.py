"""Wrong: the learner wrote initial_rate * 0.5 ** (epoch / every), thinking / and // agree for the epochs that matter; the rate drops a little every epoch (epoch 1 with every=3 already gets 0.04 * 0.5 ** 0.33), which breaks 'initial_rate * 0.5 ** (e // every) ... Whole periods: e / every would lower the rate a little every epoch'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** (epoch / every)'),
]
