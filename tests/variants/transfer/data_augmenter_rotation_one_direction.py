"""Wrong: Passed the rotation as the range (0, 0.2), so images only ever turn one way; breaks 'a random rotation of
factor 0.2 (up to a fifth of a full turn, either way)'."""
EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "wrong", "one direction only"
MUTATE = [
    ("""    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block""",
     """    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation((0.0, 0.2)),
    ])


def augmentation_block"""),
]
