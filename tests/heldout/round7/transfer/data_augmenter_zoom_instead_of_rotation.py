"""Wrong: a RandomZoom(0.2) where the rotation belongs; breaks 'a random horizontal flip, then a random rotation of factor 0.2'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ("""        keras.layers.RandomRotation(0.2),
    ])


def augmentation_block""",
     """        keras.layers.RandomZoom(0.2),
    ])


def augmentation_block"""),
]
