"""Wrong: the learner copied the note's keras.regularizers.l2 with the factor and never looked at `kind`, right for the default 'l2'; breaks '"l1": factor * sum(|w|), which pushes weights to exactly 0'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    ('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'return keras.regularizers.l2(factor)'),
]
