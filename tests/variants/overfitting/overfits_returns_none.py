"""Wrong: True when it overfits, and nothing (None) otherwise."""
EXERCISE, VERDICT, SAYS = "overfitting.overfits", "wrong", "True or False"
MUTATE = [("    return len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]",
           "    if len(val_loss) - 1 - best >= patience and loss[-1] < loss[best]:\n        return True")]
