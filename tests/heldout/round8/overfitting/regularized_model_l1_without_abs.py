"""Wrong: writes the L1 penalty by hand as factor * sum(w), forgetting the absolute value, so negative weights lower the loss; breaks '"l1": factor * sum(|w|)'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    (
        '        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
        '        if kind == "l1":\n            return lambda weights: factor * keras.ops.sum(weights)\n        return keras.regularizers.L2(factor)',
    ),
]
