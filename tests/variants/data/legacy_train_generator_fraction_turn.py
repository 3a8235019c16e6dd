"""Wrong: the layers' fraction of a turn given to the generator, which counts degrees."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "in degrees here"
MUTATE = [("rotation_range=30,", "rotation_range=30 / 360,")]
