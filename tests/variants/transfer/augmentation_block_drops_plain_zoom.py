"""Wrong: leaves out the plain RandomZoom(0.2) for speed, since the height-only and width-only zooms "already zoom both axes"; breaks 'of exactly five layers, in the note's order: flip (horizontal), rotate (0.2), zoom (0.2), zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "augmentation layers"

MUTATE = [
    ('        keras.layers.RandomZoom(0.2),\n', ''),
]
