"""Wrong: Built the training pipeline as the test pipeline followed by its own Rescaling and the random layers, so training pixels are divided by 255 twice; breaks 'rescale=1.0/255: pixels scaled by 1/255 (0 -> 0, 255 -> 1), once'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
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
     """    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])
    train = keras.Sequential([
        test,
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    return train, test"""),
]
