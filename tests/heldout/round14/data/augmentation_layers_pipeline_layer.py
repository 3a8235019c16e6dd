"""Wrong: builds the training preprocessing as keras.layers.Pipeline([...]) (Keras 3's layer for preprocessing chains) instead of a Sequential; breaks 'Returns: (train_preprocessing, test_preprocessing), two keras.Sequential models.'"""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),',
     '    train = keras.layers.Pipeline([\n        keras.layers.Rescaling(1.0 / 255),'),
]
