"""Wrong: multiplies the rotation factor by pi, reading 0.2 as radians of a half turn; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ("""        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block""",
     """        keras.layers.RandomRotation(0.2 * np.pi),
    ])


def augmentation_block"""),
]
