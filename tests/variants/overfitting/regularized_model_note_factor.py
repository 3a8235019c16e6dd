"""Wrong: the note's factor 0.001 written in, whatever factor is asked for."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "factor 0.001"
MUTATE = [("else keras.regularizers.L2(factor)", "else keras.regularizers.L2(0.001)")]
