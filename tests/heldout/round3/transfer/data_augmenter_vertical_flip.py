"""Wrong: Flipped vertically (upside-down alpacas); breaks 'a random horizontal flip'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("vertical"),
        keras.layers.RandomRotation(0.2),
    ])'''),
]
