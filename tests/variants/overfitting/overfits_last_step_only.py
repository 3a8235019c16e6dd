"""Wrong: "the training loss kept falling" read from its last step only, not from the best epoch."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "at the best epoch"
MUTATE = [("loss[-1] < loss[best]", "loss[-1] < loss[-2]")]
