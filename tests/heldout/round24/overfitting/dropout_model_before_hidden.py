"""Wrong: the learner put each Dropout before its hidden layer (dropping the inputs and the first layer's output), still two of them and none after the output; breaks 'a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`, one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    return _binary(keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'),
]
