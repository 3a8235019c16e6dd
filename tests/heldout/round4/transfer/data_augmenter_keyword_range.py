"""Right: Spells the flip mode and the rotation by keyword, the rotation as the symmetric range (-0.2, 0.2)."""
EXERCISE, VERDICT = "transfer.data_augmenter", "done"
MUTATE = [
    ("""    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block""",
     """    return keras.Sequential([
        keras.layers.RandomFlip(mode="horizontal"),
        keras.layers.RandomRotation(factor=(-0.2, 0.2)),
    ])


def augmentation_block"""),
]
