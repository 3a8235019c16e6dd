"""Wrong: Joined with {**first.history, **second.history}, so the second run's lists replace the first's; breaks 'the first run's values followed by the second's'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('joined = {key: first.history[key] + second.history[key] for key in first.history}',
     'joined = {**first.history, **second.history}'),
]
