"""Wrong: Gave the rotation as 30/180, a fraction of half a turn; breaks '30 degrees is 30/360 = 0.0833...'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomRotation(30 / 360),',
     'keras.layers.RandomRotation(30 / 180),'),
]
