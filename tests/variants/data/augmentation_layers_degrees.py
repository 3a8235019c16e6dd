"""Wrong: rotation_range=30 copied as a factor: Keras 3 reads it as 30 turns and refuses."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "fractions, not degrees"
MUTATE = [("keras.layers.RandomRotation(30 / 360)", "keras.layers.RandomRotation(30)")]
