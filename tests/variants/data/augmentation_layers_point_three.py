"""Wrong: rotation as 0.3, like the other ranges: 0.3 of a turn is 108 degrees."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "RandomRotation(30 / 360)"
MUTATE = [("keras.layers.RandomRotation(30 / 360)", "keras.layers.RandomRotation(0.3)")]
