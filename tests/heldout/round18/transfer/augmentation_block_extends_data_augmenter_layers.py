"""Right: a fresh data_augmenter()'s two layers, followed by the three zooms, in one Sequential named "data_augmentation"."""

EXERCISE, VERDICT = "transfer.augmentation_block", "done"

MUTATE = [
    ('''def augmentation_block():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")
''',
     '''def augmentation_block():
    return keras.Sequential(data_augmenter().layers + [
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")
'''),
]
