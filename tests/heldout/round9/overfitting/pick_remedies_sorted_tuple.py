"""Right: returns the overfitting remedies as a sorted tuple of the names (a tuple passes too)."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "done"

MUTATE = [
    (
        '        return picked\n',
        '        return tuple(sorted(picked))\n',
    ),
]
