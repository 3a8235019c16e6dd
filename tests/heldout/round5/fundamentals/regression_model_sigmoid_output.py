"""Wrong: Put a sigmoid on the output unit, so it predicts only numbers between 0 and 1; breaks 'an output of 1 unit, no activation'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('keras.layers.Dense(1),',
     'keras.layers.Dense(1, activation="sigmoid"),'),
]
