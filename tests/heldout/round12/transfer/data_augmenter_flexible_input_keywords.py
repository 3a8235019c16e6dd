"""Right: declares a flexible image input first (not a layer) and names the factors by keyword."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    return keras.Sequential([\n        keras.Input(shape=(None, None, 3)),\n        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=0.2),\n    ])\n\n\ndef augmentation_block'),
]
