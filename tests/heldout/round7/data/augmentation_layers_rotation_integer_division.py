"""Wrong: RandomRotation(30 // 360), integer division, which is 0: no rotation at all; breaks 'a random rotation of up to 30 degrees either way ... 30/360 = 0.0833...'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation(30 // 360),'),
]
