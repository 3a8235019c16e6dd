"""Wrong: Left the 256-unit hidden layer without an activation; breaks 'a hidden layer of 256 units (relu)'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('    x = keras.layers.Dense(256, activation="relu")(x)',
     '    x = keras.layers.Dense(256)(x)'),
]
