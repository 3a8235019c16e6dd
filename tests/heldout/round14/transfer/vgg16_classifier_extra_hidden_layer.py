"""Wrong: the head has two hidden layers, Dense(512) then Dense(256), both relu; breaks 'the head: a flattening, a hidden layer of 256 units (relu)' and 'with 10 trainable variables'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    x = keras.layers.Dense(256, activation="relu")(x)\n',
     '    x = keras.layers.Dense(512, activation="relu")(x)\n    x = keras.layers.Dense(256, activation="relu")(x)\n'),
]
