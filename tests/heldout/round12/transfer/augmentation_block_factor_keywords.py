"""Right: spells every factor by keyword, the plain zoom as height_factor=0.2 with width_factor left to follow it."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

MUTATE = [
    ('        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n        keras.layers.RandomZoom(0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),',
     '        keras.layers.RandomFlip(mode="horizontal"),\n        keras.layers.RandomRotation(factor=0.2),\n        keras.layers.RandomZoom(height_factor=0.2),\n        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),'),
]
