"""Wrong: copied the height-only zoom for the width-only one and changed the wrong number, RandomZoom(height_factor=0.0, width_factor=0.0), a zoom that never zooms; breaks 'zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.0),'),
]
