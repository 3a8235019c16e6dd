"""Wrong: adds a BatchNormalization after the hidden Dense layer of the head; breaks 'the head: a flattening, a hidden layer of 256 units (relu), a dropout of 0.5, and one sigmoid output unit' (10 trainable variables)."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('''    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.Dropout(0.5)(x)''',
     '''    x = keras.layers.Dense(256, activation="relu")(x)
    x = keras.layers.BatchNormalization()(x)
    x = keras.layers.Dropout(0.5)(x)'''),
]
