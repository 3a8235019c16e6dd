"""Wrong: uses a RandomContrast(0.2) where the rotation belongs; breaks 'a random horizontal flip, then a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomContrast(0.2),\n    ])\n\n\ndef augmentation_block'),
]
