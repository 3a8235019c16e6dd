"""Wrong: Wrote RandomZoom(height_factor=0.2) for RandomHeight; width_factor=None zooms both axes alike; breaks 'zoom in height only'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),',
     'keras.layers.RandomZoom(height_factor=0.2),'),
]
