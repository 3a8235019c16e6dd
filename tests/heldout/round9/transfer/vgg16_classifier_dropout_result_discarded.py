"""Wrong: calls the Dropout layer on x without assigning the result, so the head has no dropout at all; breaks 'a hidden layer of 256 units (relu), a dropout of 0.5, and one sigmoid output unit'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    (
        '    x = keras.layers.Dropout(0.5)(x)\n',
        '    keras.layers.Dropout(0.5)(x)\n',
    ),
]
