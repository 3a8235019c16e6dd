"""Wrong: builds the two layers into a Sequential and returns keras.Sequential([that]) 'to name it', a Sequential of one layer; breaks 'a keras.Sequential of exactly two layers'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    block = keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n    return keras.Sequential([block])\n\n\ndef augmentation_block'),
]
