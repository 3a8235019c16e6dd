"""Wrong: Passed factor / 2, reading weight decay as factor / 2 * sum(w ** 2); breaks '"l2": factor * sum(w ** 2) ... "l1": factor * sum(|w|)'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ("""    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)""",
     """    def penalty():
        return keras.regularizers.L1(factor / 2) if kind == "l1" else keras.regularizers.L2(factor / 2)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)"""),
]
