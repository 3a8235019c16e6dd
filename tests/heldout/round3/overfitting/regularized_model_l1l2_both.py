"""Wrong: Used L1L2(l1=factor, l2=factor) whatever `kind` is; breaks '"l2": factor * sum(w ** 2); "l1": factor * sum(|w|)' (the penalty of kind)."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return keras.regularizers.L1L2(l1=factor, l2=factor)'),
]
