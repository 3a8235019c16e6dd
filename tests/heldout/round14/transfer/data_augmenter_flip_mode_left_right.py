"""Wrong: writes RandomFlip("left_right") (tf.image's flip_left_right wording); Keras accepts the string but flips on no axis, so the block never flips; breaks 'a random horizontal flip'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    return keras.Sequential([\n        keras.layers.RandomFlip("left_right"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block'),
]
