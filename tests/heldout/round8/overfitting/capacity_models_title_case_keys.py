"""Wrong: names the models "Baseline", "Smaller" and "Bigger" for the plot's labels; breaks 'Returns: {"baseline": model, "smaller": model, "bigger": model}'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    (
        '(("baseline", 16), ("smaller", 4), ("bigger", 512))',
        '(("Baseline", 16), ("Smaller", 4), ("Bigger", 512))',
    ),
]
