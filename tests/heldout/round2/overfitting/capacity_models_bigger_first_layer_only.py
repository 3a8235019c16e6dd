"""Wrong: Gave the bigger model 512 units in its first hidden layer only, 16 in the second; breaks 'two hidden layers of the same size ... bigger: 512 units'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('                      keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid")',
     '                      keras.layers.Dense(16, activation="relu"),\n                      keras.layers.Dense(1, activation="sigmoid")'),
]
