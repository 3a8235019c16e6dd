"""Wrong: returns the two lists of layers instead of wrapping each in a keras.Sequential; breaks '(train_preprocessing, test_preprocessing), two keras.Sequential models'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),',
     '    train = list([\n        keras.layers.Rescaling(1.0 / 255),'),
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = [keras.layers.Rescaling(1.0 / 255)]'),
]
