"""Wrong: Built the layers in a Sequential but never compiled it; breaks 'compiled like capacity_models ... Returns: the compiled model'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    return keras.Sequential([keras.Input(shape=(num_words,)),
                             keras.layers.Dense(16, activation="relu"),
                             keras.layers.Dropout(rate),
                             keras.layers.Dense(16, activation="relu"),
                             keras.layers.Dropout(rate),
                             keras.layers.Dense(1, activation="sigmoid")])"""),
]
