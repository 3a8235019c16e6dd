"""Wrong: rotates by a factor of 0.1, reading note 001's 0.2 as the whole range from -0.1 to 0.1; breaks 'flip (horizontal), rotate (0.2), zoom (0.2), zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
     '        keras.layers.RandomRotation(0.1),\n        keras.layers.RandomZoom(0.2),'),
]
