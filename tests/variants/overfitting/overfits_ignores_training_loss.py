"""Wrong: a run whose training loss rises too is called overfitting."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "not learning"
MUTATE = [(" and loss[-1] < loss[best]", "")]
