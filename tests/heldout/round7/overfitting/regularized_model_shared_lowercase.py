"""Right: one regularizer object, made with the lower-case aliases, shared by both hidden layers."""
EXERCISE, VERDICT = "overfitting.regularized_model", "done"
MUTATE = [
    ("""    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    penalty = keras.regularizers.l1(factor) if kind == "l1" else keras.regularizers.l2(factor)
    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
