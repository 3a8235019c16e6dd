"""Wrong: Put the 0.3 on height_factor (first argument); breaks 'a random shift sideways only, up to 30 % of the width'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('RandomTranslation(height_factor=0.0, width_factor=0.3)',
     'RandomTranslation(height_factor=0.3, width_factor=0.0)'),
]
