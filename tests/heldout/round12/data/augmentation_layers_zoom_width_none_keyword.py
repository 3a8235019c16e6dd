"""Right: writes the zoom with keywords, width_factor=None (the same range as the height), and the flips as two layers."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),',
     '        keras.layers.RandomZoom(height_factor=0.3, width_factor=None),\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomFlip("vertical"),'),
]
