"""Wrong: two relu hidden layers of 16, as the older IMDB tutorial's dense model has; breaks 'a hidden layer of 16 units, relu' (one, then the output)."""

EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", "layers"

MUTATE = [
    ('keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),',
     'keras.layers.GlobalAveragePooling1D(),\n        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(16, activation="relu"),'),
]
