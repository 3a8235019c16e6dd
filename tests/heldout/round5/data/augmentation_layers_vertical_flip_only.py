"""Wrong: Flipped vertically only; breaks 'horizontal_flip=True, vertical_flip=True: random flips both ways'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomFlip("horizontal_and_vertical"),\n    ])\n    test',
     'keras.layers.RandomFlip("vertical"),\n    ])\n    test'),
]
