"""Wrong: the bigger model with 256 units instead of the note's 512."""
EXERCISE, VERDICT, SAYS = "overfitting.capacity_models", "wrong", "512 units"
MUTATE = [('("bigger", 512)', '("bigger", 256)')]
