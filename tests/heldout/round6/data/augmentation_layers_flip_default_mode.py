"""Right: RandomFlip() with its default mode, which is horizontal_and_vertical."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ('        keras.layers.RandomFlip("horizontal_and_vertical"),',
     '        keras.layers.RandomFlip(),  # default mode flips both ways'),
]
