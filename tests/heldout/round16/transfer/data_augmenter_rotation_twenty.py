"""Wrong: wrote the rotation of "0.2" as RandomRotation(20), reading it as 20 %, a factor of 20 full turns that Keras 3 refuses when the layer is made (ValueError: factor must lie in [-1, 1]); breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = 'transfer.data_augmenter', 'wrong'

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomRotation(20),\n    ])\n\n\ndef augmentation_block'),
]
