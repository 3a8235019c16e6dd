"""Wrong: reads factor the way scikit-learn's C works (inverse strength) and penalises with 1 / factor; breaks 'The penalty of `kind`, with your `factor`'."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "penalty"

MUTATE = [
    ('keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     'keras.regularizers.L1(1.0 / factor) if kind == "l1" else keras.regularizers.L2(1.0 / factor)'),
]
