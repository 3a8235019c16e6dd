"""Wrong: tests the kind with kind == "l1" or "L1", which is always true, so "l2" gets the L1 penalty too; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        if kind == "l1" or "L1":\n            return keras.regularizers.L1(factor)\n        return keras.regularizers.L2(factor)'),
]
