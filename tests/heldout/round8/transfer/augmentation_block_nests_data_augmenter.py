"""Wrong: reuses data_augmenter() for the flip and the rotation, so the block holds a nested Sequential and four layers; breaks 'of exactly five layers, in the note's order'."""

EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"

MUTATE = [
    (
        '        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),',
        '        data_augmenter(),  # the flip and the rotation, as before\n        keras.layers.RandomZoom(0.2),',
    ),
]
