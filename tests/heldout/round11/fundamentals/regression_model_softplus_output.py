"""Wrong: gives the output unit a softplus "since prices are positive", so it can never predict a negative target; breaks 'an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(1),\n    ])',
     '        keras.layers.Dense(1, activation="softplus"),\n    ])'),
]
