"""Wrong: Converted 'a fifth of a full turn' into 72 and passed it as the rotation factor, which Keras reads as 72 full turns; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ("""    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block""",
     """    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(72),
    ])


def augmentation_block"""),
]
