"""Wrong: gave the output unit relu because the learner's targets (prices) are positive; it trains on them, but it can never predict below 0; breaks 'an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(1),',
     'keras.layers.Dense(1, activation="relu"),'),
]
