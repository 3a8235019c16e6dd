"""Wrong: validates on the training data."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "the training data"
MUTATE = [("validation_data=(val_data, val_labels)", "validation_data=(train_data, train_labels)")]
