"""Right: builds the two layers into a list first, then wraps it in keras.Sequential."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    layers = [keras.layers.RandomFlip("horizontal"), keras.layers.RandomRotation(factor=0.2)]\n    return keras.Sequential(layers)'),
]
