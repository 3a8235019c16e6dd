"""Wrong: the l1 branch builds keras.regularizers.L1() without the factor, so it uses Keras's 0.01; breaks 'The penalty of `kind`, with your `factor`'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '        return keras.regularizers.L1() if kind == "l1" else keras.regularizers.L2(factor)'),
]
