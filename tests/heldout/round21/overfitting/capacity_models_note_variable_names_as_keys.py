"""Wrong: keys the dict with note 003's variable names ("baseline_model", "smaller_model", "bigger_model"); breaks 'Returns: {"baseline": model, "smaller": model, "bigger": model}'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('(("baseline", 16), ("smaller", 4), ("bigger", 512))',
     '(("baseline_model", 16), ("smaller_model", 4), ("bigger_model", 512))'),
]
