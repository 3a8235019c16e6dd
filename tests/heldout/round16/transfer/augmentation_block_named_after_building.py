"""Right: builds the unnamed Sequential first and sets block.name = "data_augmentation" afterwards, which Keras 3 allows and keeps in the config."""

EXERCISE, VERDICT = 'transfer.augmentation_block', 'done'

MUTATE = [
    ('    ], name="data_augmentation")',
     '    ])\n    block.name = "data_augmentation"\n    return block'),
    ('def augmentation_block():\n    return keras.Sequential([',
     'def augmentation_block():\n    block = keras.Sequential(['),
]
