"""Correct: Flips as two layers, translation positional, the rotation as 1/12 of a turn, the zoom given per axis."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),\n',
     '        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomFlip("vertical"),\n        keras.layers.RandomTranslation(0.0, 0.3),\n        keras.layers.RandomRotation(1 / 12),\n        keras.layers.RandomZoom(height_factor=0.3, width_factor=0.3),\n'),
]
