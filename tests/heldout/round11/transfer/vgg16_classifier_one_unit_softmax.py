"""Wrong: gives the single output unit a softmax, which always outputs 1.0; breaks 'and one sigmoid output unit'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    outputs = keras.layers.Dense(1, activation="sigmoid")(x)\n    model = keras.Model(inputs=base.input, outputs=outputs)',
     '    outputs = keras.layers.Dense(1, activation="softmax")(x)\n    model = keras.Model(inputs=base.input, outputs=outputs)'),
]
