"""Wrong: augmentation for every kind of input but text, tables included."""
EXERCISE, VERDICT, SAYS = "overfitting.pick_remedies", "wrong", "table row"
MUTATE = [('if inputs == "images":', 'if inputs != "text":')]
