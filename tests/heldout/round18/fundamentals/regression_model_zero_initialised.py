"""Wrong: starts both hidden layers from zero weights (kernel_initializer="zeros"), so every hidden unit stays dead and the model can only learn the output bias; breaks 'a hidden layer of 64 units, relu / a hidden layer of 64 units, relu'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(64, activation="relu"),\n        keras.layers.Dense(64, activation="relu"),',
     '        keras.layers.Dense(64, activation="relu", kernel_initializer="zeros"),\n        keras.layers.Dense(64, activation="relu", kernel_initializer="zeros"),'),
]
