"""Wrong: translates width_shift_range=0.3 as a width-only RandomZoom (stretching the picture sideways, as note 001's RandomWidth does) instead of a shift; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ("        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),",
     "        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.3),"),
]
