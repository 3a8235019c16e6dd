"""Wrong: returns the test pipeline first; breaks '(train_preprocessing, test_preprocessing), two keras.Sequential models'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    return train, test',
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n    return test, train'),
]
