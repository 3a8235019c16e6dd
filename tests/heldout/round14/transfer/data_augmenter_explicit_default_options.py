"""Right: RandomFlip(mode="horizontal") and RandomRotation(factor=0.2, fill_mode="reflect", interpolation="bilinear"), spelling out the defaults; the same two layers."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    return keras.Sequential([\n        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=0.2, fill_mode="reflect", interpolation="bilinear"),\n    ])\n\n\ndef augmentation_block'),
]
