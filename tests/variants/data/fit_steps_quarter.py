"""Wrong: note 001's 0.25 written in, validation_fraction ignored."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "validation_steps=int(validation_fraction"
MUTATE = [("int(validation_fraction * len(test_data))", "int(0.25 * len(test_data))")]
