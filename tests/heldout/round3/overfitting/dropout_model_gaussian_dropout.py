"""Wrong: Used GaussianDropout(rate), which multiplies every input by noise instead of zeroing a share of them; breaks 'Dropout zeroes a random share rate of its inputs only while training (and scales the rest up by 1 / (1 - rate))'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.GaussianDropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.GaussianDropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'''),
]
