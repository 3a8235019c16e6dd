"""Wrong: Returned first.history and second.history (dicts) instead of the History objects; breaks 'Returns: (history_1, history_2, joined): the two Histories, and joined a dict of lists'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    return first, second, joined',
     '    return first.history, second.history, joined'),
]
