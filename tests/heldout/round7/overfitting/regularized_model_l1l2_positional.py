"""Wrong: uses keras.regularizers.L1L2 for both kinds and passes the factor positionally for 'l2', where the first argument is l1, so kind 'l2' gets an L1 penalty; breaks '"l2": factor * sum(w ** 2)'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return keras.regularizers.L1L2(l1=factor) if kind == "l1" else keras.regularizers.L1L2(factor)'),
]
