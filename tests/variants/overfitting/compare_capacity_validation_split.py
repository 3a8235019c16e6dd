"""Wrong: validates on a split of the training data, not on the held-out data."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "validation_data=(val_data, val_labels)"
MUTATE = [("validation_data=(val_data, val_labels)", "validation_split=0.25")]
