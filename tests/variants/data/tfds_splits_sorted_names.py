"""Wrong: class names sorted, which renames the classes: label k is names[k] in the data set's order."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "label k is names[k]"
MUTATE = [('info.features["label"].names', 'sorted(info.features["label"].names)')]
