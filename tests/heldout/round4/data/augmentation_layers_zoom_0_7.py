"""Wrong: Gave RandomZoom 0.7, the lower end of ImageDataGenerator's [0.7, 1.3] zoom range, as its factor; breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %'."""
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
     """    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.7),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])
    return train, test"""),
]
