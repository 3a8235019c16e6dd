"""Wrong: writes the sideways shift as RandomTranslation(height_factor=0.0, width_factor=30 // 100), which is 0, so images are never shifted; breaks 'width_shift_range=0.3: a random shift sideways only, up to 30 % of the width'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('width_factor=0.3)',
     'width_factor=30 // 100)'),
]
