"""Wrong: Started the block with keras.Input(shape=(160, 160, 3)), fixing its image size; breaks 'augmentation ... to sit inside a model' (any image) and 'gives them back untouched' for other sizes."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.Input(shape=(160, 160, 3)),\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])'),
]
