"""Wrong: leaves the output unit linear (a logit) but compiles with the plain "binary_crossentropy", which expects probabilities and clips the logits into [0, 1]; breaks 'A linear one-unit output with a binary cross-entropy that takes logits, from_logits=True, is an equally correct head'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    (
        '        keras.layers.Dense(1, activation="sigmoid"),\n',
        '        keras.layers.Dense(1),  # the loss applies the sigmoid\n',
    ),
]
