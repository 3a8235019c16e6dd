"""Wrong: translates zoom_range into RandomZoom(height_factor=0.0, width_factor=0.3), zooming the width alone, as for the sideways shift; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 % (the same in width, if you set it apart)'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),',
     '        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),'),
]
