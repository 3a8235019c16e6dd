"""Wrong: "to be thorough" puts the same penalty on the hidden layers' biases as well as on their kernels (bias_regularizer), so the model's losses hold four penalties instead of two; breaks 'The penalty of `kind`, with your `factor`, goes on the kernels (not the biases) of both hidden layers'."""

EXERCISE, VERDICT, SAYS = "overfitting.regularized_model", "wrong", "weight penalties"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n'
     '                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty()),\n',
     '    return _binary(keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty(),\n'
     '                                      bias_regularizer=penalty()),\n'
     '                   keras.layers.Dense(16, activation="relu", kernel_regularizer=penalty(),\n'
     '                                      bias_regularizer=penalty()),\n'),
]
