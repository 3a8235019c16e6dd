"""Wrong: a training loss back where it was at the best epoch counted as still falling (<= for <)."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "stopped falling"
MUTATE = [("loss[-1] < loss[best]", "loss[-1] <= loss[best]")]
