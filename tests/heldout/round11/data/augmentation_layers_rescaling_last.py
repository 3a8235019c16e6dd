"""Right: puts the Rescaling after the random layers (the training layers may come in any order; it still scales once)."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('        keras.layers.Rescaling(1.0 / 255),\n        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),\n    ])',
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),\n        keras.layers.Rescaling(1.0 / 255),\n    ])'),
]
