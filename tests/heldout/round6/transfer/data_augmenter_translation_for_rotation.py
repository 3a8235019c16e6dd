"""Wrong: uses RandomTranslation(0.2, 0.2) as the second layer; breaks 'a random horizontal flip, then a random rotation of factor 0.2'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomTranslation(0.2, 0.2),
    ])'''),
]
