"""Right: names the factor by keyword (L1(l1=...), L2(l2=...)) in an if/else."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        if kind == "l1":\n            return keras.regularizers.L1(l1=factor)\n        return keras.regularizers.L2(l2=factor)'),
]
