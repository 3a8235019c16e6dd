"""Wrong: L1 and L2 mixed up."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "an L1 penalty"
MUTATE = [('if kind == "l1"', 'if kind == "l2"')]
