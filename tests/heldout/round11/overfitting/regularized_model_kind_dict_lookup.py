"""Right: looks the penalty class up in a dict {"l1": L1, "l2": L2} and calls it with the factor."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return {"l1": keras.regularizers.L1, "l2": keras.regularizers.L2}[kind](factor)'),
]
