"""Wrong: returns functions that build the models (to get fresh ones later) instead of the models; breaks 'Returns: {"baseline": model, "smaller": model, "bigger": model}, all compiled'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    (
        '    return {\n        name: _binary(',
        '    return {\n        name: lambda units=units: _binary(  # built on demand',
    ),
]
