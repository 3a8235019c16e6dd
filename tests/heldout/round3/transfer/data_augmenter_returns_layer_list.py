"""Wrong: Returned the two layers as a plain list; breaks 'Returns: a keras.Sequential of exactly two layers'."""
EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"
MUTATE = [
    ('''def data_augmenter():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''def data_augmenter():
    return [
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ]'''),
]
