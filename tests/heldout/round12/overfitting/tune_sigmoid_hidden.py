"""Wrong: uses a sigmoid hidden layer, like the output; breaks 'a hidden layer of `units` units (relu)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('keras.layers.Dense(width, activation="relu"),',
     'keras.layers.Dense(width, activation="sigmoid"),'),
]
