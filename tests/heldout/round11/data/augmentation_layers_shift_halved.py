"""Wrong: halves the sideways shift to width_factor=0.15, reading 0.3 as the whole range from left to right; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),',
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.15),'),
]
