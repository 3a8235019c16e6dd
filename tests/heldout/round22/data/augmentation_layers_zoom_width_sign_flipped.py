"""Wrong: sets the width zoom apart with the sign flipped (width_factor=-0.3, zoom in only); breaks 'a random zoom in or out by up to 30 % (the same in width, if you set it apart)'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip',
     'keras.layers.RandomZoom(height_factor=0.3, width_factor=-0.3),\n        keras.layers.RandomFlip'),
]
