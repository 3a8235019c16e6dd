"""Wrong: the number of classes returned for the class names."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "not a number"
MUTATE = [('info.features["label"].names', 'info.features["label"].num_classes')]
