"""Wrong: The note's 0.001 whatever factor is; breaks 'with your factor' (grader's 0.003 and 0.0005)."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'return keras.regularizers.L1(0.001) if kind == "l1" else keras.regularizers.L2(0.001)'),
]
