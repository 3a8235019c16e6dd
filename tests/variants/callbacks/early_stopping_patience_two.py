"""Wrong: patience=2 written in (the value a quick test might use), the argument ignored."""
EXERCISE, VERDICT, SAYS = "callbacks.early_stopping", "wrong", "patience=7"
MUTATE = [("patience=patience, restore", "patience=2, restore")]
