"""Wrong: validates on the training data."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "validated on test_data"
MUTATE = [("validation_data=test_data,", "validation_data=train_data,")]
