"""Wrong: augmentation for text too."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "flipped sentence"
MUTATE = [('if inputs == "images":', "if inputs:")]
