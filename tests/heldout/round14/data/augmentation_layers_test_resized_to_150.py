"""Wrong: the test pipeline resizes to note 004's 150x150 before rescaling (target_size=(150, 150) carried over); breaks 'The test pipeline: the rescaling and nothing else.'"""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = keras.Sequential([keras.layers.Resizing(150, 150), keras.layers.Rescaling(1.0 / 255)])'),
]
