"""Wrong: gives "smaller" 512 units and "bigger" 4; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    (
        '(("baseline", 16), ("smaller", 4), ("bigger", 512))',
        '(("baseline", 16), ("smaller", 512), ("bigger", 4))',
    ),
]
