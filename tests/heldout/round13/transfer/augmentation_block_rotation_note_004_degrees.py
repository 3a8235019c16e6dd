"""Wrong: borrows note 004's 30 degrees for the rotation, RandomRotation(30 / 360); breaks 'rotate (0.2)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
     '        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.2),'),
]
