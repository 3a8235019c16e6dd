"""Wrong: Gave the rotation layer 0.3 like the other settings; breaks '30 degrees is 30/360 = 0.0833...'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation(0.3),'),
]
