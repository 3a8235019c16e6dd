"""Wrong: a validation split of 0.2 written in, whatever split is asked for."""
EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "validation_split=validation_split"
MUTATE = [("validation_split=validation_split, verbose=0", "validation_split=0.2, verbose=0")]
