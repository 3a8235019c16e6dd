"""Right: tests for 'l2' first and uses the keyword forms L2(l2=...) / L1(l1=...)."""
EXERCISE, VERDICT = "overfitting.regularized_model", "done"
MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return keras.regularizers.L2(l2=factor) if kind == "l2" else keras.regularizers.L1(l1=factor)'),
]
