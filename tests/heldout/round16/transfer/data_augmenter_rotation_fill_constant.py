"""Right: fills the corners a rotation uncovers with zeros, RandomRotation(0.2, fill_mode="constant"); the fill is not part of the contract."""

EXERCISE, VERDICT = 'transfer.data_augmenter', 'done'

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '        keras.layers.RandomRotation(0.2, fill_mode="constant"),\n    ])\n\n\ndef augmentation_block'),
]
