"""Wrong: Put the penalty on the second hidden layer only; breaks 'goes on the kernels ... of both hidden layers'."""
EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"
MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),'),
]
