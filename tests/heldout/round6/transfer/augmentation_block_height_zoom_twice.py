"""Wrong: copy-pastes the height-only zoom for the width stand-in too; breaks 'zoom in height only (0.2), zoom in width only (0.2)'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     '        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),'),
]
