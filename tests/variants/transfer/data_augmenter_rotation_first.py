"""Right: the rotation before the flip: independent random layers, either order (the docstring allows it)."""
EXERCISE, VERDICT, SAYS = "transfer.data_augmenter", "done", ""
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
