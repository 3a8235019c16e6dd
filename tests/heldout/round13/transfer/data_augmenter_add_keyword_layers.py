"""Right: starts from an empty keras.Sequential and adds the flip (mode="horizontal") and the rotation (factor=0.2) by keyword."""

EXERCISE, VERDICT = "transfer.data_augmenter", "done"

MUTATE = [
    ('    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])\n\n\ndef augmentation_block',
     '    block = keras.Sequential()\n    block.add(keras.layers.RandomFlip(mode="horizontal"))\n    block.add(keras.layers.RandomRotation(factor=0.2))\n    return block\n\n\ndef augmentation_block'),
]
