"""Wrong: counts the rotation as a fraction of a half turn, RandomRotation(30 / 180), so images turn up to 60 degrees either way; breaks 'rotation_range=30: a random rotation of up to 30 degrees either way ... 30 degrees is 30/360 = 0.0833...'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    (
        '        keras.layers.RandomRotation(30 / 360),\n',
        '        keras.layers.RandomRotation(30 / 180),\n',
    ),
]
