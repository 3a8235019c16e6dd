"""Wrong: no regularizer at all, so model.losses is empty."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "on purpose"
MUTATE = [('return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)', "return None")]
