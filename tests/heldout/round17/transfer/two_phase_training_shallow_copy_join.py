"""Wrong: starts joined as dict(first.history), a shallow copy, and extends it with +=, which extends the first History's own lists, so history_1 also holds the second run; breaks '(history_1, history_2, joined): the two Histories, and joined a dict of lists'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = dict(first.history)\n    for key in joined:\n        joined[key] += second.history[key]'),
]
