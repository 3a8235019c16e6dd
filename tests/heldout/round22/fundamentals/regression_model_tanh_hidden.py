"""Wrong: tanh hidden layers, the activation of old regression MLP tutorials; breaks 'a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),',
     'keras.layers.Dense(64, activation="tanh"),\n        keras.layers.Dense(64, activation="tanh"),'),
]
