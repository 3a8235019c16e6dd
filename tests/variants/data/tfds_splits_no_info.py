"""Wrong: with_info left out, so tfds.load returns the two datasets alone and `(train, validation), info =` fails."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "with_info=True"
MUTATE = [("with_info=True, ", "")]
