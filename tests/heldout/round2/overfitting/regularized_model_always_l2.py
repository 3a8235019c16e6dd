"""Wrong: Always L2, ignoring kind; breaks 'The penalty of kind' (grader's 'l1')."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'return keras.regularizers.L2(factor)'),
]
