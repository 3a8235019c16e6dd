"""Wrong: RandomFlip('horizontal') only; breaks 'random flips both ways'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomFlip("horizontal_and_vertical")',
     'keras.layers.RandomFlip("horizontal")'),
]
