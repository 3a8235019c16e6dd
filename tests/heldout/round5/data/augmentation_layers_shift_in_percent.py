"""Wrong: Wrote the width shift as 30 (percent), which the layer refuses; breaks 'a random shift sideways only, up to 30 % of the width' (a fraction, 0.3)."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),',
     'keras.layers.RandomTranslation(height_factor=0.0, width_factor=30),'),
]
