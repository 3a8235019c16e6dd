"""Right: Writes each kind as L1L2 with only its own factor set, and shares one regularizer object between the two hidden layers."""
EXERCISE, VERDICT = "overfitting.regularized_model", "done"
MUTATE = [
    ('''    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    weights = {"l1": dict(l1=factor, l2=0.0), "l2": dict(l1=0.0, l2=factor)}[kind]
    shared = keras.regularizers.L1L2(**weights)
    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=shared),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=shared),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'''),
]
