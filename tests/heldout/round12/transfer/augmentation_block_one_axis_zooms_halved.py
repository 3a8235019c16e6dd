"""Wrong: gives the one-axis zooms a factor of 0.1, reading "up to 20 %" as a total range of 0.2; breaks 'zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomZoom(height_factor=0.1, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.1),'),
]
