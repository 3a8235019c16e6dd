"""Wrong: a gap of exactly 0.1 taken for overfitting (>= for >)."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "not more than 0.1"
MUTATE = [("if train_accuracy - val_accuracy > 0.1:", "if train_accuracy - val_accuracy >= 0.1:")]
