"""Wrong: augmentation without the rescale."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "rescale=1.0/255"
MUTATE = [("(rescale=1.0 / 255, width_shift_range=0.3,", "(width_shift_range=0.3,")]
