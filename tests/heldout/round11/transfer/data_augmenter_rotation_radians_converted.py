"""Wrong: reads the note's 0.2 as radians and converts it to a fraction of a turn, RandomRotation(0.2 / (2 * pi)): about 11 degrees instead of 72; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2 / (2 * np.pi)),\n    ])'),
]
