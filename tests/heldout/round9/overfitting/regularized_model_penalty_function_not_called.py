"""Wrong: passes the helper itself, kernel_regularizer=penalty, instead of its result penalty(); Keras takes any callable, then calls it with the weights, which the helper does not accept; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT = "overfitting.regularized_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n',
        '    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),\n                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty),\n',
    ),
]
