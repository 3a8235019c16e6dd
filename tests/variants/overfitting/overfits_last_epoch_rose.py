"""Wrong: one epoch of rising val_loss taken for overfitting."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "noise"
MUTATE = [("return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]", "return val_loss[-1] > val_loss[-2]")]
