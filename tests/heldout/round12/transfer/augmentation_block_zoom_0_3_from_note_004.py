"""Wrong: zooms by 0.3, note 004's zoom_range, instead of note 001's 0.2; breaks 'flip (horizontal), rotate (0.2), zoom (0.2), zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
     '        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.3),'),
]
