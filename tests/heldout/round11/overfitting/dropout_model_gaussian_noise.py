"""Wrong: uses keras.layers.GaussianNoise(rate), which adds noise of spread `rate` instead of zeroing a share `rate` of the inputs; breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.GaussianNoise(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.GaussianNoise(rate),'),
]
