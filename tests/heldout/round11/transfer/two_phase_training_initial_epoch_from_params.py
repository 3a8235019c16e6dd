"""Right: starts the second run at first.params["epochs"], the number of epochs the first run was asked for."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1, verbose=0)',
     'initial_epoch=first.params["epochs"], verbose=0)'),
]
