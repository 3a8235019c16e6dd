"""Wrong: no color= on the training curve, so each run's two curves get different colours."""
EXERCISE, VERDICT, SAYS = "overfitting.plot_history", "wrong", "one colour"
MUTATE = [("color=val[0].get_color(), ", "")]
