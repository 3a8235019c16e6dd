"""Wrong: appended the dropout after the sigmoid output unit instead of between the hidden layer and the output, so training zeroes predictions; breaks 'a hidden layer of `units` units (relu), a dropout of `dropout` ... one sigmoid output unit'."""

EXERCISE, VERDICT = 'overfitting.tune', 'wrong'

MUTATE = [
    ('            keras.layers.Dropout(drop),\n            keras.layers.Dense(1, activation="sigmoid"),',
     '            keras.layers.Dense(1, activation="sigmoid"),\n            keras.layers.Dropout(drop),'),
]
