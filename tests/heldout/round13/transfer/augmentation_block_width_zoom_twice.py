"""Wrong: writes the RandomWidth stand-in for both one-axis zooms (copy-paste), so the height alone is never zoomed; breaks 'zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n',
     '        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),\n'),
]
