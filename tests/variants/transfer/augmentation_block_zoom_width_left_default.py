"""Wrong: drops the "redundant" width_factor=0.0 from the height-only zoom, but RandomZoom's width_factor=None means "zoom the width alike", so that layer is a plain zoom; breaks 'zoom in height only (0.2)'."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "augmentation layers"

MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),',
     'keras.layers.RandomZoom(height_factor=0.2),  # width_factor left at its default'),
]
