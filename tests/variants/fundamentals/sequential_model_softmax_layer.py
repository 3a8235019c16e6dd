"""Right: ends with Dense(10) followed by a separate keras.layers.Softmax() layer: the same ten probabilities per image."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "done", ''

MUTATE = [
    (
        '        keras.layers.Dense(10, activation="softmax"),\n',
        '        keras.layers.Dense(10),\n        keras.layers.Softmax(),\n',
    ),
]
