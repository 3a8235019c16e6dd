"""Wrong: writes the height-only zoom as RandomZoom(height_factor=0.2, width_factor=None), but None means "zoom the width alike", so it zooms both axes; breaks 'zoom in height only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    (
        'keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0)',
        'keras.layers.RandomZoom(height_factor=0.2, width_factor=None)',
    ),
]
