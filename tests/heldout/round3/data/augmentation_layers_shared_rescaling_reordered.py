"""Right: Flips first and rescaling last in the training model, one Rescaling layer shared by both models, zoom factors given as explicit ranges on both axes."""
EXERCISE, VERDICT = "data.augmentation_layers", "done"
MUTATE = [
    ('''    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])''',
     '''    rescale = keras.layers.Rescaling(scale=1 / 255.0)
    train = keras.Sequential([
        keras.layers.RandomFlip("horizontal"),
        keras.layers.RandomFlip("vertical"),
        keras.layers.RandomZoom(height_factor=(-0.3, 0.3), width_factor=(-0.3, 0.3)),
        keras.layers.RandomRotation(factor=(-30 / 360, 30 / 360)),
        keras.layers.RandomTranslation(height_factor=(0.0, 0.0), width_factor=(-0.3, 0.3)),
        rescale,
    ])
    test = keras.Sequential([rescale])'''),
]
