"""Right: Adds the two layers to an empty Sequential, the rotation given as the range factor=(-0.2, 0.2)."""
EXERCISE, VERDICT = "transfer.data_augmenter", "done"
MUTATE = [
    ('''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''def data_augmenter():
    augmenter = keras.Sequential()
    augmenter.add(keras.layers.RandomFlip(mode="horizontal"))
    augmenter.add(keras.layers.RandomRotation(factor=(-0.2, 0.2)))
    return augmenter'''),
]
