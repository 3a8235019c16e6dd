"""Wrong: only handles 'l2' and puts no penalty at all for 'l1'; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels ... of both hidden layers' ('l1': factor * sum(|w|))."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('''    def penalty():
        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),''',
     '''    penalty = keras.regularizers.L2(factor) if kind == "l2" else None

    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),'''),
]
