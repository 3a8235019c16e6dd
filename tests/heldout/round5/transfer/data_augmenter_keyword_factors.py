"""Right: Names the arguments, RandomFlip(mode="horizontal") and RandomRotation(factor=(-0.2, 0.2))."""
EXERCISE, VERDICT = "transfer.data_augmenter", "done"
MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=(-0.2, 0.2)),\n    ])'),
]
