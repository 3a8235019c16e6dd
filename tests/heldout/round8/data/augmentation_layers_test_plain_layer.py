"""Wrong: returns the test preprocessing as a bare Rescaling layer, not a Sequential model; breaks 'Returns: (train_preprocessing, test_preprocessing), two keras.Sequential models'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    (
        '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
        '    test = keras.layers.Rescaling(1.0 / 255)  # a single layer needs no Sequential',
    ),
]
