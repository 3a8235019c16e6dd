"""Wrong: a slip returns (first, first, joined), so the second History is never given back; breaks 'Returns: (history_1, history_2, joined): the two Histories'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    (
        '    return first, second, joined',
        '    return first, first, joined',
    ),
]
