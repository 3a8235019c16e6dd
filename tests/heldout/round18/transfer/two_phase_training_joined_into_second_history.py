"""Wrong: builds joined inside the second History's own dict, so history_2 comes back holding both runs; breaks 'Returns: (history_1, history_2, joined): the two Histories'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('''    joined = {key: first.history[key] + second.history[key] for key in first.history}
''',
     '''    joined = second.history
    for key in first.history:
        joined[key] = first.history[key] + joined[key]
'''),
]
