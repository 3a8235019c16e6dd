"""Wrong: adds a RandomBrightness(0.2) as torchvision's ColorJitter habit would, a third layer; breaks 'a keras.Sequential of exactly two layers: a random horizontal flip, then a random rotation'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", "augmentation layers"

MUTATE = [
    ('        keras.layers.RandomRotation(0.2),\n    ])',
     '        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomBrightness(0.2),\n    ])'),
]
