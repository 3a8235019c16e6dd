"""Wrong: RandomRotation((0.0, 30 / 360)) only turns one way; breaks 'a random rotation of up to 30 degrees either way'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation((0.0, 30 / 360)),'),
]
