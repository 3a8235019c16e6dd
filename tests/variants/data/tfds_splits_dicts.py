"""Wrong: as_supervised left out: each element is a dictionary {'image', 'label'}, not the pair model.fit reads."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "as_supervised=True"
MUTATE = [("as_supervised=True, ", "")]
