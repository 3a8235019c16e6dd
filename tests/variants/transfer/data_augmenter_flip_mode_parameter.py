"""Wrong: makes the flip and the rotation parameters, with the flip defaulting to "horizontal_and_vertical" for more variety; breaks 'a keras.Sequential of exactly two layers: a random horizontal flip, then a random rotation of factor 0.2'."""

EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", "augmentation layers"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter(flip_mode="horizontal_and_vertical", rotation=0.2):\n'
     '    return keras.Sequential([\n'
     '        keras.layers.RandomFlip(flip_mode),\n'
     '        keras.layers.RandomRotation(rotation),\n'
     '    ])'),
]
