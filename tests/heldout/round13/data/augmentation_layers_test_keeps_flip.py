"""Wrong: leaves a RandomFlip in the test pipeline after the rescaling, reasoning that random layers pass images through at inference anyway; breaks 'The test pipeline: the rescaling and nothing else.'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    return train, test',
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255), keras.layers.RandomFlip("horizontal_and_vertical")])\n    return train, test'),
]
