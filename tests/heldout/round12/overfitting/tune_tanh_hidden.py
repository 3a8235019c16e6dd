"""Wrong: uses tanh in the hidden layer; breaks 'a hidden layer of `units` units (relu)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('keras.layers.Dense(width, activation="relu"),',
     'keras.layers.Dense(width, activation="tanh"),'),
]
