"""Wrong: writes the bigger width as 2 ^ 9, but Python's ^ is bitwise XOR, so the bigger model gets 11 units per hidden layer; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('("bigger", 512)',
     '("bigger", 2 ^ 9)'),
]
