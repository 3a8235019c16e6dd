"""Wrong: overfitting only from a gap of 0.2."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "0.15 is more than 0.1"
MUTATE = [("if train_accuracy - val_accuracy > 0.1:", "if train_accuracy - val_accuracy > 0.2:")]
