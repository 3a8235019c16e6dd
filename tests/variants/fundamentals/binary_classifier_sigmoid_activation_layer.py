"""Right: ends with a linear Dense(1) followed by keras.layers.Activation("sigmoid"): the same probability of "positive"."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "done", ''

MUTATE = [
    (
        '        keras.layers.Dense(1, activation="sigmoid"),\n',
        '        keras.layers.Dense(1),\n        keras.layers.Activation("sigmoid"),\n',
    ),
]
