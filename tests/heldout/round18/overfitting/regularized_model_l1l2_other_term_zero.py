"""Right: keras.regularizers.L1L2 with the chosen kind's term at `factor` and the other term at 0 (the same penalty)."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('''        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)
''',
     '''        return keras.regularizers.L1L2(l1=factor if kind == "l1" else 0.0, l2=factor if kind == "l2" else 0.0)
'''),
]
