"""Right: builds the test pipeline first and nests it as the first layer of the training pipeline, so the rescaling is written once."""

EXERCISE, VERDICT, SAYS = "data.augmentation_layers", "done", ''

MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),\n        keras.layers.RandomTranslation',
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    train = keras.Sequential([\n        test,\n        keras.layers.RandomTranslation'),
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    return train, test',
     '    return train, test'),
]
