"""Right: the two layers with keyword arguments, seeds and names, and a name for the block."""
EXERCISE, VERDICT = "transfer.data_augmenter", "done"
MUTATE = [
    ('''    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
    ])''',
     '''    return keras.Sequential([
        keras.layers.RandomFlip(mode="horizontal", seed=7, name="flip"),
        keras.layers.RandomRotation(factor=0.2, seed=7, name="rotate"),
    ], name="data_augmenter")'''),
]
