"""Wrong: Passed 1 - rate, TF1's keep_prob; breaks 'Dropout zeroes a random share rate of its inputs'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
     'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(1 - rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(1 - rate),\n'),
]
