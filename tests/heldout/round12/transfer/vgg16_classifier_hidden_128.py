"""Wrong: gives the head's hidden layer 128 units; breaks 'a flattening, a hidden layer of 256 units (relu), a dropout of 0.5, and one sigmoid output unit'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    x = keras.layers.Dense(256, activation="relu")(x)\n    x = keras.layers.Dropout(0.5)(x)',
     '    x = keras.layers.Dense(128, activation="relu")(x)\n    x = keras.layers.Dropout(0.5)(x)'),
]
