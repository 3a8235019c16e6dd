"""Wrong: tanh hidden layers, the activation of old regression MLP tutorials; breaks 'a hidden layer of 64 units, relu'."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "layer 1"

MUTATE = [
    ('keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),',
     'keras.layers.Dense(64, activation="tanh"),\n        keras.layers.Dense(64, activation="tanh"),'),
]
