"""Wrong: Linear output unit with binary_crossentropy; breaks 'one sigmoid output unit'."""
EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"
MUTATE = [
    ('outputs = keras.layers.Dense(1, activation="sigmoid")(x)',
     'outputs = keras.layers.Dense(1)(x)'),
]
