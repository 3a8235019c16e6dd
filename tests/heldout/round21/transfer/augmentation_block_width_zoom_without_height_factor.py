"""Wrong: writes RandomWidth's stand-in as RandomZoom(width_factor=0.2) alone; Keras 3's RandomZoom requires height_factor (TypeError); breaks 'zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     'keras.layers.RandomZoom(width_factor=0.2),  # was RandomWidth(0.2)'),
]
