"""Wrong: returns (joined, history_1, history_2); breaks '(history_1, history_2, joined): the two Histories, and joined a dict of lists.'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    return first, second, joined',
     '    return joined, first, second'),
]
