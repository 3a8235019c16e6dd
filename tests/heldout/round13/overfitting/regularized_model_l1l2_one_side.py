"""Right: builds the penalty as keras.regularizers.L1L2 with only the chosen side set (l1=factor or l2=factor), in a dict keyed by kind."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        sides = {"l1": dict(l1=factor, l2=0.0), "l2": dict(l1=0.0, l2=factor)}\n        return keras.regularizers.L1L2(**sides[kind])'),
]
