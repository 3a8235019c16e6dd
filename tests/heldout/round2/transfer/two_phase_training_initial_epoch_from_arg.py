"""Correct: Initial_epoch=initial_epochs (the first run always completes), joined built from items()."""
EXERCISE, VERDICT = "transfer.two_phase_training", "done"
MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1',
     'initial_epoch=initial_epochs'),
    ('joined = {key: first.history[key] + second.history[key] for key in first.history}',
     'joined = {key: values + second.history[key] for key, values in first.history.items()}'),
]
