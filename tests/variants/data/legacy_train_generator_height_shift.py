"""Wrong: shifts up and down as well."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "sideways only"
MUTATE = [("width_shift_range=0.3,", "width_shift_range=0.3, height_shift_range=0.3,")]
