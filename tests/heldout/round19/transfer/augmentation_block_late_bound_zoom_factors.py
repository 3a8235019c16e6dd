"""Wrong: makes the three zooms from lambdas in a comprehension over (height, width) factors, which all read the last pair, so every zoom is width-only; breaks 'zoom (0.2), zoom in height only (0.2), zoom in width only (0.2)'."""
EXERCISE, VERDICT = "transfer.augmentation_block", "wrong"
MUTATE = [
    ('''def augmentation_block():
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        keras.layers.RandomZoom(0.2),
        keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),
        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),
    ], name="data_augmentation")''', '''def augmentation_block():
    zooms = [lambda: keras.layers.RandomZoom(height_factor=h, width_factor=w)
             for h, w in ((0.2, 0.2), (0.2, 0.0), (0.0, 0.2))]
    return keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomRotation(0.2),
        *(zoom() for zoom in zooms),
    ], name="data_augmentation")'''),
]
