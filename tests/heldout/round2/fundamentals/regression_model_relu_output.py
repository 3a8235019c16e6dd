"""Wrong: Relu on the output unit; breaks 'an output of 1 unit, no activation'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('keras.layers.Dense(1),\n    ])',
     'keras.layers.Dense(1, activation="relu"),\n    ])'),
]
