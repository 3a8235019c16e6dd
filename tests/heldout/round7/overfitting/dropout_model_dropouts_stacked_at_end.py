"""Wrong: both dropouts after the second hidden layer, none after the first; breaks 'a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
