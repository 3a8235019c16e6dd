"""Wrong: halves the factor, RandomRotation(30 / 360 / 2), reading 30 degrees as the whole range from one side to the other; breaks 'a random rotation of up to 30 degrees either way'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation(30 / 360 / 2),'),
]
