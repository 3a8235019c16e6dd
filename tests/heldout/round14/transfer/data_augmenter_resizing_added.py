"""Wrong: appends keras.layers.Resizing(160, 160) (the alpaca images' size) to the block; breaks 'a keras.Sequential of exactly two layers' and 'at inference (predict, evaluate) images pass through untouched'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.Resizing(160, 160),\n    ])\n\n\ndef augmentation_block'),
]
