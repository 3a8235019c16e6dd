"""Right: writes the three widths as powers of two, 2 ** 4, 2 ** 2 and 2 ** 9 (16, 4 and 512 units)."""

EXERCISE, VERDICT = "overfitting.capacity_models", "done"

MUTATE = [
    ('(("baseline", 16), ("smaller", 4), ("bigger", 512))',
     '(("baseline", 2 ** 4), ("smaller", 2 ** 2), ("bigger", 2 ** 9))'),
]
