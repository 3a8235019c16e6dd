"""Wrong: the training slice shuffled, where the task returns the slices in the split's order."""
EXERCISE, VERDICT, SAYS = "data.tfds_splits", "wrong", "no shuffling"
MUTATE = [('return train, validation,', 'return train.shuffle(100, seed=1), validation,')]
