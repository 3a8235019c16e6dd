"""Wrong: the string "l2" uses the default factor 0.01, not the one given."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "factor 0.01"
MUTATE = [("keras.regularizers.L2(factor)", '"l2"')]
