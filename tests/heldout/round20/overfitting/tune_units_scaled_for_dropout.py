"""Wrong: widens the hidden layer to units / (1 - dropout) so dropout keeps as many active units; breaks 'a hidden layer of `units` units (relu)'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('            keras.layers.Dense(width, activation="relu"),',
     '            keras.layers.Dense(int(round(width / (1 - drop))), activation="relu"),'),
]
