"""Right: spells the zoom as RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)), the same range as RandomZoom(0.3)."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('keras.layers.RandomZoom(0.3),',
     'keras.layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)),'),
]
