"""Right: gives every random layer seed=42; seeded layers still draw a new transform at every call in training mode and pass images through at inference."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),',
     '        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3, seed=42),\n        keras.layers.RandomRotation(30 / 360, seed=42),\n        keras.layers.RandomZoom(0.3, seed=42),\n        keras.layers.RandomFlip("horizontal_and_vertical", seed=42),'),
]
