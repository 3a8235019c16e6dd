"""Wrong: uses sigmoid in the hidden layers as well as the output; breaks 'a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`, one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),',
     '    return _binary(keras.layers.Dense(16, activation="sigmoid"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="sigmoid"),'),
]
