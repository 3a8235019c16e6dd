"""Wrong: Also put the penalty on the output layer's kernel; breaks 'goes on the kernels ... of both hidden layers of
16 units (relu); the output is one sigmoid unit' (three penalties instead of two)."""
EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "layer 3: kernel_regularizer"
MUTATE = [
    ('''    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)''',
     '''    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),
                   keras.layers.Dense(1, activation="sigmoid", kernel_regularizer=penalty()), num_words=num_words)'''),
]
