"""Wrong: writes the old keras.layers.experimental.preprocessing path, which Keras 3 no longer has; breaks 'In Keras 3 the same work is done by preprocessing layers, which can sit inside a model.'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = keras.Sequential([keras.layers.experimental.preprocessing.Rescaling(1.0 / 255)])'),
]
