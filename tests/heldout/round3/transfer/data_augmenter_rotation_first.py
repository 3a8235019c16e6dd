"""Wrong: Put the rotation before the flip; breaks 'a keras.Sequential of exactly two layers: a random horizontal flip, then a random rotation'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomFlip("horizontal"),
    ])'''),
]
