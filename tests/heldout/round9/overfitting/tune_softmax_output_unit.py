"""Wrong: gives the single output unit a softmax, which over one unit is always 1.0, so every model predicts the positive class and all combinations score the same; breaks 'one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    (
        '            keras.layers.Dense(1, activation="sigmoid"),\n        ])\n',
        '            keras.layers.Dense(1, activation="softmax"),\n        ])\n',
    ),
]
