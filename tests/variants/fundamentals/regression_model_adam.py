"""Wrong: Adam instead of the note's RMSprop."""
EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "RMSprop"
MUTATE = [("optimizer=keras.optimizers.RMSprop(0.001)", 'optimizer="adam"')]
