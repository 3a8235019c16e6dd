"""Wrong: one output unit with softmax, which always outputs 1.0; breaks 'an output of 1 unit, sigmoid: the probability of "positive"'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('        keras.layers.Dense(1, activation="sigmoid"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"',
     '        keras.layers.Dense(1, activation="softmax"),\n    ])\n    model.compile(optimizer="adam", loss="binary_crossentropy"'),
]
