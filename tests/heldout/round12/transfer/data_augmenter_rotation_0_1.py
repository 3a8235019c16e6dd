"""Wrong: rotates by a factor of 0.1, reading 0.2 as the whole range from -0.1 to 0.1; breaks 'then a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.1),\n    ])\n\n\ndef augmentation_block'),
]
