"""Wrong: Epoch / every, lowering the rate a little every epoch; breaks 'Whole periods: e / every would lower the rate a little every epoch'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** (epoch / every)'),
]
