"""Wrong: hidden layers of 32 units ('dropout needs more units'); breaks 'a hidden layer of 16 units (relu) ... a hidden layer of 16 units (relu)'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    return _binary(keras.layers.Dense(32, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(32, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
