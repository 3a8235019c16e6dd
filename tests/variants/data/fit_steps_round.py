"""Wrong: validation steps rounded to the nearest, not down as int() does."""
EXERCISE, VERDICT, SAYS = "data.fit_steps", "wrong", "rounded down"
MUTATE = [("int(validation_fraction * len(test_data))", "round(validation_fraction * len(test_data))")]
