"""Wrong: shifted up and down too, which width_shift_range does not do."""
EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "wrong", "sideways only"
MUTATE = [("RandomTranslation(height_factor=0.0, width_factor=0.3)", "RandomTranslation(height_factor=0.3, width_factor=0.3)")]
