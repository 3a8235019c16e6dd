"""Right: gives the RandomRotation(0.2) nearest-neighbour interpolation; the docstring fixes the flip, the factor and the order only."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     '    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2, interpolation="nearest"),\n    ])'),
]
