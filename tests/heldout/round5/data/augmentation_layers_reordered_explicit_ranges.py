"""Right: Puts the flip first after rescaling and gives every factor as an explicit (low, high) range."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ('        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),',
     '        keras.layers.RandomFlip(mode="horizontal_and_vertical"),\n        keras.layers.RandomRotation(factor=(-30 / 360, 30 / 360)),\n        keras.layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)),\n        keras.layers.RandomTranslation(height_factor=0.0, width_factor=(-0.3, 0.3)),'),
]
