"""Wrong: a training accuracy of exactly 0.8 taken for underfitting (<= for <)."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "not below 0.8"
MUTATE = [("if train_accuracy < 0.8:", "if train_accuracy <= 0.8:")]
