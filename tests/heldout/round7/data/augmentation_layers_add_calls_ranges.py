"""Right: training pipeline built with add(), other order, explicit symmetric ranges (1/12 of a turn, zoom (-0.3, 0.3) in both axes), rescaling last."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ("""    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])""",
     """    train = keras.Sequential()
    train.add(keras.layers.RandomFlip(mode="horizontal_and_vertical"))
    train.add(keras.layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)))
    train.add(keras.layers.RandomRotation(factor=1 / 12))
    train.add(keras.layers.RandomTranslation(0, 0.3))
    train.add(keras.layers.Rescaling(scale=1 / 255))"""),
]
