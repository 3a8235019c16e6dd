"""Wrong: puts the hidden activation after each Dropout as a LeakyReLU() layer (slope 0.3 below zero) rather than a relu; breaks 'a hidden layer of 16 units (relu)'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.LeakyReLU(),\n                   keras.layers.Dense(16),\n                   keras.layers.Dropout(rate),\n                   keras.layers.LeakyReLU(),'),
]
