"""Wrong: Swapped the two kinds (L2 for "l1", L1 for "l2"); breaks '"l2": factor * sum(w ** 2) ("weight decay"); "l1": factor * sum(|w|)'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return keras.regularizers.L2(factor) if kind == "l1" else keras.regularizers.L1(factor)'),
]
