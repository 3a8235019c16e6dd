"""Wrong: RandomRotation(30 / 180), a fraction of half a turn, i.e. up to 60 degrees; breaks 'up to 30 degrees ... 30/360'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomRotation(30 / 360)',
     'keras.layers.RandomRotation(30 / 180)'),
]
