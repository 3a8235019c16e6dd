"""Wrong: halves the factor, reading '0.2 either way' as 0.1 each side; breaks 'a random rotation of factor 0.2 (up to a fifth of a full turn, either way)'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2 / 2),  # 0.2 in total, half each way
    ])'''),
]
