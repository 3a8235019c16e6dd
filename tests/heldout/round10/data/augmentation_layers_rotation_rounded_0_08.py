"""Wrong: rounds the rotation factor 30/360 to 0.08, about 28.8 degrees; breaks '30 degrees is 30/360 = 0.0833...'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation(0.08),'),
]
