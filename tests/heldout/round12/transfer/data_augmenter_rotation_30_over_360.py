"""Wrong: copies note 004's rotation (30 degrees, 30/360 of a turn) instead of note 002's factor 0.2; breaks 'then a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(30 / 360),\n    ])\n\n\ndef augmentation_block'),
]
