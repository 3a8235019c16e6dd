"""Wrong: RandomTranslation with width_factor=(0.0, 0.3), which only shifts one way; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width' (either way, as the generator does)."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),',
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=(0.0, 0.3)),'),
]
