"""Right: starts the second run at initial_epoch=len(first.epoch) and joins with a loop over copies of the first run's lists."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    ('                       initial_epoch=first.epoch[-1] + 1, verbose=0)\n    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '                       initial_epoch=len(first.epoch), verbose=0)\n    joined = {}\n    for key, values in first.history.items():\n        joined[key] = list(values)\n        joined[key].extend(second.history[key])'),
]
