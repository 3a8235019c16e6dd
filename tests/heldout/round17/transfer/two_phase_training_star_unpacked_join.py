"""Right: joins each key's lists with [*first.history[key], *second.history[key]], a new list per key."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = {key: [*first.history[key], *second.history[key]] for key in first.history}'),
]
