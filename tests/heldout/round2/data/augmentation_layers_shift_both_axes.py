"""Wrong: RandomTranslation(0.3, 0.3); breaks 'a random shift sideways only'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('RandomTranslation(height_factor=0.0, width_factor=0.3)',
     'RandomTranslation(height_factor=0.3, width_factor=0.3)'),
]
