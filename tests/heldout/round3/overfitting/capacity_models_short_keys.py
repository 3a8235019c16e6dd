"""Wrong: Named the models "base", "small" and "big"; breaks 'Returns: {"baseline": model, "smaller": model, "bigger": model}'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('        for name, units in (("baseline", 16), ("smaller", 4), ("bigger", 512))',
     '        for name, units in (("base", 16), ("small", 4), ("big", 512))'),
]
