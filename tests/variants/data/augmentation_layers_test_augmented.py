"""Wrong: the same augmenting pipeline for the test data."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "augment the training data only"
MUTATE = [("    return train, test", "    return train, train")]
