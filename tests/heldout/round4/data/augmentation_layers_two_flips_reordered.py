"""Right: Flips first, with two flip layers (horizontal, vertical), rotation as a symmetric range, zoom set in height and width, translation by keyword, and the rescaling last."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ("""    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])
    return train, test""",
     """    train = keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomFlip("vertical"),
        keras.layers.RandomRotation(factor=(-30 / 360, 30 / 360)),
        keras.layers.RandomZoom(height_factor=0.3, width_factor=0.3),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.Rescaling(scale=1.0 / 255),
    ])
    test = keras.Sequential([keras.layers.Rescaling(scale=1.0 / 255)])
    return train, test"""),
]
