"""Wrong: Built it with the functional API and called each Dropout with training=False (the transfer notes' habit), so dropout never acts, even in fit; breaks 'Dropout zeroes a random share `rate` of its inputs *only while training*'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ("""    return _binary(keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(16, activation="relu"),
                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    inputs = keras.Input(shape=(num_words,))
    x = keras.layers.Dense(16, activation="relu")(inputs)
    x = keras.layers.Dropout(rate)(x, training=False)
    x = keras.layers.Dense(16, activation="relu")(x)
    x = keras.layers.Dropout(rate)(x, training=False)
    outputs = keras.layers.Dense(1, activation="sigmoid")(x)
    model = keras.Model(inputs, outputs)
    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])
    return model"""),
]
