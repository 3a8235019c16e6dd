"""Wrong: flips both ways ("horizontal_and_vertical") where the note flips horizontally only; breaks 'flip (horizontal)'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    ('        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
     '        keras.layers.RandomFlip("horizontal_and_vertical"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),'),
]
