"""Wrong: types the rotation factor as RandomRotation(0.02), a fiftieth of a turn; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomRotation(0.02),\n    ])\n\n\ndef augmentation_block'),
]
