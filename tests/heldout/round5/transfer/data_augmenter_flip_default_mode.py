"""Wrong: Wrote RandomFlip() with its default mode, which flips both ways; breaks 'a random horizontal flip'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip(),\n        keras.layers.RandomRotation(0.2),\n    ])'),
]
