"""Right: continues from initial_epoch=initial_epochs (the first run always runs them all) and joins the histories in a loop over the first history's keys."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    ('initial_epoch=first.epoch[-1] + 1, verbose=0)\n    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     'initial_epoch=initial_epochs, verbose=0)\n    joined = {}\n    for key, values in first.history.items():\n        joined[key] = list(values) + list(second.history[key])'),
]
