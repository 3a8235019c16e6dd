"""Wrong: the learner gave the output unit relu like the two hidden layers, thinking a price is never negative; it can then predict no negative number and stops learning where its input goes below 0; breaks 'an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(1),',
     'keras.layers.Dense(1, activation="relu"),'),
]
