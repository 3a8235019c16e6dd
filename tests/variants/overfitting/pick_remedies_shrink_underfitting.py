"""Wrong: anti-overfitting remedies for a model that underfits."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "underfitting"
MUTATE = [("if train_accuracy - val_accuracy > 0.1:", "if train_accuracy - val_accuracy > 0.1 or train_accuracy < 0.8:")]
