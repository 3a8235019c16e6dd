"""Wrong: returns the two conditions as a pair for inspection, a non-empty tuple that is always truthy; breaks 'Returns: True or False, in every case'."""

EXERCISE, VERDICT = "overfitting.overfits", "wrong"

MUTATE = [
    (
        '    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]',
        '    stale = len(val_loss) - 1 - best >= patience\n    still_learning = loss[-1] < loss[best]\n    return stale, still_learning',
    ),
]
