"""Wrong: Joined by extending first.history's lists in place, so history_1 also holds the second run; breaks 'Returns: (history_1, history_2, joined): the two Histories' (history_1 is the first run's alone)."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('''    joined = {key: first.history[key] + second.history[key] for key in first.history}
    return first, second, joined''',
     '''    joined = first.history
    for key in joined:
        joined[key].extend(second.history[key])
    return first, second, joined'''),
]
