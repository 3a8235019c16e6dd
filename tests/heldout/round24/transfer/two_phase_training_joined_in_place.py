"""Wrong: the learner built joined by extending the first History's lists with the second's, to avoid copying; joined is right, but it is history_1.history itself, so the first History now holds five epochs of values for its three epochs; breaks 'Returns: (history_1, history_2, joined): the two Histories'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = first.history\n    for key in joined:\n        joined[key].extend(second.history[key])'),
]
