"""Wrong: the note's Keras 2 spelling RMSprop(lr=...) raises in Keras 3."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "learning_rate="
MUTATE = [("RMSprop(0.001)", "RMSprop(lr=0.001)")]
